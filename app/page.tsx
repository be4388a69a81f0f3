import Link from "next/link";
import { ContinueWithImgPro } from "@/components/auth/continue-with-imgpro";
import { Notice } from "@/components/site/notice";
import { getSession } from "@/lib/session";
import { site } from "@/lib/site";

const NOTICES = {
  "sign-in-canceled": { tone: "info", text: "Sign-in canceled. Try again." },
  disconnected: {
    tone: "warning",
    text: "Your img.pro account is no longer connected. Continue with img.pro to reconnect.",
  },
  "signed-out": { tone: "info", text: "You are signed out." },
} as const;

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { notice } = await searchParams;
  const message =
    typeof notice === "string" && notice in NOTICES
      ? NOTICES[notice as keyof typeof NOTICES]
      : null;
  const user = await getSession();

  return (
    <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col justify-center gap-6 px-6 py-24">
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">{site.name}</h1>
      <p className="max-w-xl text-lg text-neutral-700">{site.pitch}</p>
      <div className="flex flex-wrap items-center gap-4">
        {user ? (
          <Link
            href="/gallery"
            className="rounded-lg bg-neutral-900 px-4 py-3 text-sm font-medium text-white hover:bg-neutral-700"
          >
            Open your gallery
          </Link>
        ) : (
          <ContinueWithImgPro />
        )}
      </div>
      <p className="max-w-xl text-sm text-neutral-600">
        {site.name} uses your img.pro account: you sign in at img.pro, and your images and plan live
        there. {site.name} never sees a password.
      </p>
    </main>
  );
}
