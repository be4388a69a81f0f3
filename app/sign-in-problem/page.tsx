import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ContinueWithImgPro } from "@/components/auth/continue-with-imgpro";
import { ErrorPage } from "@/components/site/error-page";
import { PublicHeader } from "@/components/site/public-header";
import { buttonClasses } from "@/components/ui/button-classes";

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
    text: "img.pro did not accept this app's sign-in details, so nobody can sign in right now. Your account and images at img.pro are safe. Please let the people who run this app know.",
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
    <>
      <PublicHeader />
      <ErrorPage
        title={problem.title}
        alert
        actions={
          // Starting again is a new hosted sign-in, so it is img.pro's own button.
          key === "config" ? (
            <AppLink href="/" className={buttonClasses("secondary")}>
              Back to the start
            </AppLink>
          ) : (
            <ContinueWithImgPro />
          )
        }
      >
        <p>{problem.text}</p>
      </ErrorPage>
    </>
  );
}
