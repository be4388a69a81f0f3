import type { Metadata } from "next";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Unavailable" };

/** img.pro's `app_suspended`: a full stop. The session is kept for when the app returns. */
export default function SuspendedPage() {
  return (
    <main className="mx-auto flex w-full max-w-xl flex-1 flex-col justify-center gap-5 px-6 py-24">
      <h1 className="text-2xl font-semibold">{site.name} is unavailable</h1>
      <p className="text-neutral-700" role="alert">
        img.pro has suspended this app, so it cannot reach your account or images right now. Your
        images are safe at img.pro and nothing was deleted. Please try again later.
      </p>
    </main>
  );
}
