import { html } from "hono/html";
import type { AppRecord } from "../state";
import { page } from "./layout";

/**
 * The hosted login screens. Every form carries the transaction id and nothing else from
 * the link: app, redirect URI and state stay on the server where the browser cannot edit them.
 */

const txField = (tx: string) => html`<input type="hidden" name="tx" value="${tx}" />`;

const alert = (message: string | undefined) =>
  message ? html`<p class="error" role="alert">${message}</p>` : "";

export function emailPage(
  app: AppRecord,
  tx: string,
  options: { email?: string; error?: string } = {},
) {
  return page(
    "Sign in",
    html`<h1>Sign in with img.pro</h1>
      <p>to continue to <strong>${app.name}</strong></p>
      ${alert(options.error)}
      <form method="post" action="/connect/email">
        ${txField(tx)}
        <label for="email">Email address</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          value="${options.email ?? ""}"
          required
          autofocus
          aria-invalid="${options.error ? "true" : "false"}"
        />
        <div class="actions"><button type="submit">Continue</button></div>
      </form>
      <p class="muted">We'll email you a one-time code. No password needed.</p>`,
  );
}

export function codePage(
  tx: string,
  email: string,
  options: { error?: string; expired?: boolean } = {},
) {
  return page(
    "Enter your code",
    html`<h1>Check your email</h1>
      <p>We sent a code to <strong>${email}</strong>.</p>
      <p class="notice">
        This is the local emulator, so no mail is sent. Find the code in the
        <a href="/__emulator/inbox" target="_blank" rel="noopener">dev inbox</a> (opens in a new
        tab) or in the emulator's log.
      </p>
      ${alert(options.error)}
      ${
        options.expired
          ? html`<form method="post" action="/connect/email">
              ${txField(tx)}<input type="hidden" name="email" value="${email}" />
              <div class="actions"><button type="submit">Send a new code</button></div>
            </form>`
          : html`<form method="post" action="/connect/code">
              ${txField(tx)}
              <label for="code">One-time code</label>
              <input
                id="code"
                name="code"
                type="text"
                inputmode="numeric"
                autocomplete="one-time-code"
                pattern="[0-9]{6}"
                maxlength="6"
                required
                autofocus
                aria-invalid="${options.error ? "true" : "false"}"
              />
              <div class="actions"><button type="submit">Verify</button></div>
            </form>`
      }
      <form method="post" action="/connect/switch" class="switch">
        ${txField(tx)}
        <p class="muted">
          Wrong address? <button type="submit" class="secondary">Use a different email</button>
        </p>
      </form>`,
  );
}

export function consentPage(app: AppRecord, tx: string, email: string) {
  return page(
    `Connect ${app.name}`,
    html`<h1>Connect ${app.name} to img.pro?</h1>
      <p>
        ${app.name} will get a private workspace for your images in your img.pro account. It can
        only see the images you add through ${app.name}.
      </p>
      <p>Signed in as <strong>${email}</strong></p>
      <form method="post" action="/connect/consent">
        ${txField(tx)}
        <div class="actions">
          <button type="submit" name="decision" value="connect" autofocus>Connect</button>
          <button type="submit" name="decision" value="cancel" class="secondary">Cancel</button>
        </div>
      </form>
      <form method="post" action="/connect/switch" class="switch">
        ${txField(tx)}
        <p class="muted">
          Not you? <button type="submit" class="secondary">Use another account</button>
        </p>
      </form>`,
  );
}
