import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ErrorPage } from "@/components/site/error-page";
import { PublicHeader } from "@/components/site/public-header";
import { buttonClasses } from "@/components/ui/button-classes";
import { getSession } from "@/lib/session";
import { site } from "@/lib/site";
import { ROUTES } from "@/lib/routes";

export const metadata: Metadata = { title: "Unavailable" };

/**
 * img.pro's `app_suspended`: a full stop. This page calls nothing at img.pro; the session is
 * kept, so once the app is reinstated "Try again" goes straight back to the gallery.
 */
export default async function SuspendedPage() {
  const user = await getSession();
  return (
    <>
      <PublicHeader />
      <ErrorPage
        title={`${site.name} is unavailable`}
        alert
        actions={
          user && (
            <AppLink href={ROUTES.gallery} className={buttonClasses("primary")}>
              Try again
            </AppLink>
          )
        }
      >
        <p>
          img.pro has suspended this app, so it cannot reach your account or images right now. Your
          images are safe at img.pro and nothing was deleted. Please try again later.
        </p>
        {user && (
          <p>
            You are still signed in: once the app is back, Try again returns you to your gallery.
          </p>
        )}
      </ErrorPage>
    </>
  );
}
