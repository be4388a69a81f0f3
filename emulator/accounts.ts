import type { Emulator } from "./context";
import { randomId } from "./ids";
import { monthKey } from "./api/usage";
import { type UserRecord, type WorkspaceRecord, workspaceKey } from "./state";

/** Shared by the hosted login pages and the test controls. */

export function findUserByEmail(emu: Emulator, email: string): UserRecord | undefined {
  const normalized = email.trim().toLowerCase();
  return Object.values(emu.store.state.users).find(
    (user) => user.email === normalized && user.status !== "deleted",
  );
}

/** The img.pro account for this email, created on first sign-in. */
export function findOrCreateUser(emu: Emulator, email: string): UserRecord {
  const existing = findUserByEmail(emu, email);
  if (existing) return existing;
  const user: UserRecord = {
    id: randomId(),
    email: email.trim().toLowerCase(),
    status: "active",
    createdAt: emu.now(),
  };
  emu.store.state.users[user.id] = user;
  emu.store.changed();
  return user;
}

/** The user's private workspace in this app, auto-created on first connect. */
export function connectWorkspace(emu: Emulator, appId: string, userId: string): WorkspaceRecord {
  const key = workspaceKey(appId, userId);
  const existing = emu.store.state.workspaces[key];
  if (existing) return existing;
  const workspace: WorkspaceRecord = {
    appId,
    userId,
    seg: randomId(3),
    connectedAt: emu.now(),
    plan: "free",
    interval: null,
    usage: { month: monthKey(emu.now()), uploads: 0 },
  };
  emu.store.state.workspaces[key] = workspace;
  emu.store.changed();
  return workspace;
}

/** Ends every img.pro login session of a user (deleted or disabled accounts). */
export function endLoginSessions(emu: Emulator, userId: string): void {
  for (const [id, session] of Object.entries(emu.store.state.loginSessions)) {
    if (session.userId === userId) delete emu.store.state.loginSessions[id];
  }
  emu.store.changed();
}
