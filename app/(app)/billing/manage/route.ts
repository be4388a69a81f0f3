import { NextResponse } from "next/server";
import { redirectOnAccountError } from "@/lib/auth/account-errors";
import { getConfig } from "@/lib/env";
import { getBillingStatus } from "@/lib/imgpro/billing";
import { requireUser } from "@/lib/session";
import { isHttpUrl } from "../upgrade";
import { ROUTES } from "@/lib/routes";

export const dynamic = "force-dynamic";

/**
 * "Manage billing" goes through here so the user always gets a manage_url read just now:
 * img.pro treats it as an opaque link that may be signed and short-lived, so one rendered
 * into a page left open for hours could be dead by the time it is clicked.
 */
export async function GET() {
  const user = await requireUser(ROUTES.billing);
  const unavailable = new URL(`${ROUTES.billing}?manage=unavailable`, getConfig().appUrl);
  let manageUrl: string;
  try {
    manageUrl = (await getBillingStatus(user.userId)).manageUrl;
  } catch (error) {
    redirectOnAccountError(error);
    return NextResponse.redirect(unavailable, 303);
  }
  if (!isHttpUrl(manageUrl)) return NextResponse.redirect(unavailable, 303);
  return NextResponse.redirect(manageUrl, {
    status: 303,
    headers: { "Cache-Control": "no-store" },
  });
}
