import type { Emulator } from "../context";
import { PLANS, PAID_PLAN_IDS, type Interval, type PaidPlanId, type PlanId } from "../plans";
import { workspaceKey, type AppRecord, type UserRecord, type WorkspaceRecord } from "../state";

/** One user's workspace in one app, as the billing pages act on it. */
export interface BillingAccount {
  app: AppRecord;
  user: UserRecord;
  workspace: WorkspaceRecord;
}

/** Null when the app, the user or the workspace is gone, or the user can no longer sign in. */
export function findAccount(emu: Emulator, appId: string, userId: string): BillingAccount | null {
  const { apps, users, workspaces } = emu.store.state;
  const app = apps[appId];
  const user = users[userId];
  const workspace = workspaces[workspaceKey(appId, userId)];
  if (!app || !user || user.status !== "active" || !workspace) return null;
  return { app, user, workspace };
}

export function setPlan(
  emu: Emulator,
  workspace: WorkspaceRecord,
  plan: PlanId,
  interval: Interval | null,
): void {
  workspace.plan = plan;
  workspace.interval = plan === "free" ? null : interval;
  emu.store.changed();
}

/** A paid plan's prices. Checkout records type their plan as any PlanId, hence the check. */
export function pricesOf(plan: PlanId) {
  const prices = PLANS[plan].prices;
  if (!prices) throw new Error(`plan ${plan} has no prices`);
  return prices;
}

/** The API's plan object (GET /v1/billing/status `available_plans`). */
export function planBody(plan: PaidPlanId) {
  const { id, name, limits } = PLANS[plan];
  const prices = pricesOf(plan);
  return {
    object: "plan" as const,
    id,
    name,
    prices: { monthly: { ...prices.monthly }, annual: { ...prices.annual } },
    limits: { ...limits },
  };
}

export function availablePlans() {
  return PAID_PLAN_IDS.map(planBody);
}
