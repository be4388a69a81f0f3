import type { Metadata } from "next";
import { redirectOnAccountError } from "@/lib/auth/account-errors";
import { getUsage } from "@/lib/imgpro/usage";
import type { Usage } from "@/lib/imgpro/types";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  const user = await requireUser("/gallery");
  let usage: Usage;
  try {
    usage = (await getUsage(user.userId)).usage;
  } catch (error) {
    redirectOnAccountError(error);
    throw error;
  }
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-10">
      <h1 className="text-2xl font-semibold">Your gallery</h1>
      <p className="mt-2 text-neutral-700" data-testid="usage-summary">
        {usage.imagesStored ?? 0} images stored · {usage.uploads.used}
        {usage.uploads.limit !== null && ` of ${usage.uploads.limit}`} uploads this month
      </p>
    </main>
  );
}
