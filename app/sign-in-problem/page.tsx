import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem" };

const PROBLEMS = {
  state: {
    title: "This sign-in link has expired",
    text: "The sign-in was started in another browser or tab, took longer than 10 minutes, or was already used. Nothing was changed. Start again from here.",
  },
  failed: {
    title: "Sign-in did not complete",
    text: "img.pro could not confirm this sign-in. Nothing was changed. Please try again.",
  },
  unavailable: {
    title: "img.pro could not be reached",
    text: "Signing in needs img.pro, which did not answer just now. Please try again in a moment.",
  },
  config: {
    title: "This app is not set up correctly",
    text: "img.pro rejected this app's credentials. If you run this app, check IMGPRO_APP_ID and IMGPRO_SECRET_KEY in its configuration (see .env.example). If you use it, please let its operator know.",
  },
} as const;

export default async function SignInProblemPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reason } = await searchParams;
  const key =
    typeof reason === "string" && reason in PROBLEMS ? (reason as keyof typeof PROBLEMS) : "failed";
  const problem = PROBLEMS[key];
  return (
    <main className="mx-auto flex w-full max-w-xl flex-1 flex-col justify-center gap-5 px-6 py-24">
      <h1 className="text-2xl font-semibold">{problem.title}</h1>
      <p className="text-neutral-700" role="alert">
        {problem.text}
      </p>
      {key === "config" ? (
        <Link href="/" className="underline underline-offset-4">
          Back to the start
        </Link>
      ) : (
        <div>
          <a
            href="/login"
            className="inline-flex rounded-lg bg-neutral-900 px-4 py-3 text-sm font-medium text-white hover:bg-neutral-700"
          >
            Try again
          </a>
        </div>
      )}
    </main>
  );
}
