import "server-only";
import { imgproRequest } from "./client";
import { toUsage } from "./shapes";
import type { Usage } from "./types";

export async function getUsage(userId: string): Promise<Usage> {
  const { data } = await imgproRequest<unknown>("/v1/usage", { user: userId });
  return toUsage(data);
}
