import { html } from "hono/html";
import type { Emulator } from "../context";
import { usageBody } from "../api/usage";
import { PAID_PLAN_IDS, PLANS, isPaidPlan, type Interval } from "../plans";
import { page } from "../web/layout";
import { pricesOf, type BillingAccount } from "./account";
import { formatBytes, formatCount, formatPrice } from "./format";

export interface ManageMessages {
  notice?: string;
  error?: string;
}

const INTERVALS: Interval[] = ["monthly", "annual"];

function currentPlan(account: BillingAccount) {
  const { plan, interval } = account.workspace;
  if (!isPaidPlan(plan) || !interval) return html`<strong>${PLANS[plan].name}</strong>`;
  const price = formatPrice(pricesOf(plan)[interval], interval);
  return html`<strong>${PLANS[plan].name}</strong>, billed ${interval} (${price})`;
}

function changeForm(account: BillingAccount, token: string) {
  const { plan, interval } = account.workspace;
  const paid = isPaidPlan(plan);
  return html`<h2>${paid ? "Change plan" : "Upgrade"}</h2>
    <form method="post" action="/billing/change">
      <input type="hidden" name="t" value="${token}" />
      <label for="plan">Plan</label>
      <select id="plan" name="plan" required>
        ${PAID_PLAN_IDS.map((id) => {
          const prices = pricesOf(id);
          const label = `${PLANS[id].name}: ${formatPrice(prices.monthly, "monthly")} or ${formatPrice(prices.annual, "annual")}`;
          return html`<option value="${id}" ${id === plan ? "selected" : ""}>${label}</option>`;
        })}
      </select>
      <label for="interval">Billing interval</label>
      <select id="interval" name="interval" required>
        ${INTERVALS.map(
          (option) =>
            html`<option value="${option}" ${option === (interval ?? "monthly") ? "selected" : ""}>
              ${option === "monthly" ? "Monthly" : "Annual"}
            </option>`,
        )}
      </select>
      <button type="submit">${paid ? "Change plan" : "Subscribe"}</button>
    </form>`;
}

function cancelForm(token: string) {
  return html`<h2>Cancel subscription</h2>
    <p>You move to the Free plan now and keep your images; Free plan limits apply.</p>
    <form method="post" action="/billing/cancel">
      <input type="hidden" name="t" value="${token}" />
      <button type="submit" class="secondary">Cancel subscription</button>
    </form>`;
}

/** The emulator's stand-in for the img.pro billing dashboard, focused on one account. */
export function managePage(
  emu: Emulator,
  account: BillingAccount,
  token: string,
  messages: ManageMessages = {},
) {
  const usage = usageBody(emu, account.workspace);
  return page(
    "Billing",
    html`<h1>Billing</h1>
      <p class="muted">${account.app.name} × img.pro · ${account.user.email}</p>
      ${messages.notice ? html`<p class="notice" role="status">${messages.notice}</p>` : ""}
      ${messages.error ? html`<p class="error" role="alert">${messages.error}</p>` : ""}
      <p class="muted">Test mode: changes apply at once and nothing is charged.</p>
      <h2>Current plan</h2>
      <p>${currentPlan(account)}</p>
      <h2>Usage</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">Uploads this month</th>
            <td>
              ${formatCount(usage.monthly.uploads)} of ${formatCount(usage.monthly.uploads_limit)}
            </td>
          </tr>
          <tr>
            <th scope="row">Storage</th>
            <td>
              ${formatBytes(usage.totals.storage_used_bytes)} of
              ${formatBytes(usage.totals.storage_limit_bytes)}
            </td>
          </tr>
          <tr>
            <th scope="row">Images stored</th>
            <td>${formatCount(usage.totals.media_stored)}</td>
          </tr>
        </tbody>
      </table>
      ${changeForm(account, token)} ${isPaidPlan(account.workspace.plan) ? cancelForm(token) : ""}`,
    { wide: true },
  );
}
