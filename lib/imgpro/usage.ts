import "server-only";
import { imgproRequest } from "./client";
import type { Quota } from "./quota";
import { toUsage } from "./shapes";
import type { Usage } from "./types";

export async function getUsage(userId: string): Promise<{ usage: Usage; quota: Quota | null }> {
  const { data, quota } = await imgproRequest<unknown>("/v1/usage", { user: userId });
  return { usage: toUsage(data), quota };
}
