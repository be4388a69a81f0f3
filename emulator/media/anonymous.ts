import type { Emulator } from "../context";
import { workspaceKey, type ImageRecord, type WorkspaceRecord } from "../state";

/** Anonymous uploads expire after 30 days (the API Reference). */
export const ANONYMOUS_RETENTION_SECONDS = 30 * 24 * 60 * 60;

/**
 * The owner of anonymous uploads: img.pro's shared storage, no app's and no user's. It is
 * never stored with the workspaces, so no app reaches these images through its sandbox; its
 * owner name cannot be an app id (those are 8 characters) nor its segment a workspace's
 * (those are 3).
 */
export const ANONYMOUS_WORKSPACE: Readonly<WorkspaceRecord> = Object.freeze({
  appId: "anonymous",
  userId: "anonymous",
  seg: "anon",
  connectedAt: 0,
  plan: "free",
  interval: null,
  usage: Object.freeze({ month: "", uploads: 0 }),
});

/**
 * The hint the API Reference adds to an anonymous upload. The emulator has no docs pages, so
 * it links img.pro's own quick start.
 */
export const UPGRADE_HINT = {
  type: "register",
  url: "https://img.pro/api/quick-start",
  message: "Get an API key for permanent storage and 100 uploads/month",
  label: "Create API Key",
} as const;

/** The workspace an image lives in (the shared one for anonymous uploads), if it still exists. */
export function ownerWorkspace(emu: Emulator, image: ImageRecord): WorkspaceRecord | undefined {
  if (image.appId === ANONYMOUS_WORKSPACE.appId) return ANONYMOUS_WORKSPACE;
  return emu.store.state.workspaces[workspaceKey(image.appId, image.userId)];
}
