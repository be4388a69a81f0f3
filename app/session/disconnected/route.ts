import { redirect } from "next/navigation";
import { ImgProError } from "@/lib/imgpro/errors";
import { getUsage } from "@/lib/imgpro/usage";
import { destroySession, getSession } from "@/lib/session";
import { ROUTES } from "@/lib/routes";

export const dynamic = "force-dynamic";

/**
 * Where a page sends the user when img.pro answered `user_forbidden`. Being a GET, anyone
 * could link here, so the session only ends after img.pro confirms the account is gone.
 */
export async function GET() {
  const user = await getSession();
  if (!user) redirect("/?notice=disconnected");
  try {
    await getUsage(user.userId);
  } catch (error) {
    if (error instanceof ImgProError && error.code === "user_forbidden") {
      await destroySession();
      redirect("/?notice=disconnected");
    }
    redirect(`${ROUTES.signInProblem}?reason=unavailable`);
  }
  redirect(ROUTES.gallery);
}
