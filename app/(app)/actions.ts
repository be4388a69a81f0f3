"use server";

import { redirect } from "next/navigation";
import { endSessionAndForgetBrowser } from "@/lib/session";

/**
 * Sign-out is a POST (server actions are, and Next.js checks their Origin), never a GET a
 * link or image could trigger. It also forgets that this browser signed in before: someone
 * who signed out means it, so neither the next signed-in page nor the next Continue with
 * img.pro may reconnect them silently through img.pro's own, still live, session.
 */
export async function signOut(): Promise<void> {
  await endSessionAndForgetBrowser();
  redirect("/?notice=signed-out");
}
