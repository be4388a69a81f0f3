import type { Context } from "hono";
import { html } from "hono/html";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { HtmlEscapedString } from "hono/utils/html";
import { page } from "../web/layout";

type PageContent = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * Billing pages carry account details, prices and (on /billing) a signed link, so neither the
 * browser nor a proxy may keep them, and Back must not show a stale plan.
 */
export function sendPage(c: Context, content: PageContent, status: ContentfulStatusCode = 200) {
  c.header("Cache-Control", "no-store");
  return c.html(content, status);
}

/** 303 so the browser follows a form POST with a GET. */
export function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store" },
  });
}

/** A message page with, where there is one, the way back to the app. */
export function messagePage(
  title: string,
  message: string,
  options: { back?: { href: string; label: string }; alert?: boolean } = {},
) {
  const { back, alert = true } = options;
  return page(
    title,
    html`<h1>${title}</h1>
      ${alert ? html`<p class="error" role="alert">${message}</p>` : html`<p>${message}</p>`}
      ${
        back
          ? html`<div class="actions"><a class="button" href="${back.href}">${back.label}</a></div>`
          : ""
      }`,
  );
}
