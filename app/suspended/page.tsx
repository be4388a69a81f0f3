import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-classes";
import { getSession } from "@/lib/session";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Unavailable" };

/**
 * img.pro's `app_suspended`: a full stop. This page calls nothing at img.pro; the session is
 * kept, so once the app is reinstated "Try again" goes straight back to the gallery.
 */
export default async function SuspendedPage() {
  const user = await getSession();
  return (
    <main className="mx-auto flex w-full max-w-xl flex-1 flex-col justify-center gap-5 px-6 py-24">
      <h1 className="text-2xl font-semibold">{site.name} is unavailable</h1>
      <p className="text-neutral-700" role="alert">
        img.pro has suspended this app, so it cannot reach your account or images right now. Your
        images are safe at img.pro and nothing was deleted. Please try again later.
      </p>
      {user && (
        <>
          <p className="text-neutral-700">
            You are still signed in: once the app is back, Try again returns you to your gallery.
          </p>
          <div>
            <Link href="/gallery" className={buttonClasses("primary")}>
              Try again
            </Link>
          </div>
        </>
      )}
    </main>
  );
}
