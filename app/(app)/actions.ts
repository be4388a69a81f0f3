"use server";

import { redirect } from "next/navigation";
import { destroySession } from "@/lib/session";

/**
 * Sign-out is a POST (server actions are, and Next.js checks their Origin), never a GET a
 * link or image could trigger. The "signed in before" marker stays, so Continue with img.pro
 * reconnects silently next time; img.pro's own session is img.pro's to end.
 */
export async function signOut(): Promise<void> {
  await destroySession();
  redirect("/?notice=signed-out");
}
