import { ContinueWithImgPro } from "@/components/auth/continue-with-imgpro";
import { buttonClasses } from "@/components/ui/button-classes";
import type { SessionProblem } from "@/lib/auth/session-problem";

/** What the footer says when the list found the session or the app gone. */
const SESSION_TEXT: Record<SessionProblem, string> = {
  unauthenticated: "You were signed out. Continue with img.pro to see your photos again.",
  user_forbidden: "This app is no longer connected to your img.pro account.",
  app_suspended: "img.pro has suspended this app.",
};

export function SessionProblemText({ problem }: { problem: SessionProblem }) {
  return SESSION_TEXT[problem];
}

/**
 * The way on when the list found the session or the app gone: signing in again is the
 * hosted login (the official button, back to this list); a suspended app explains itself.
 * Loaded only then (with the words above): the list is already on its way there, this is the
 * link in case not.
 */
export function ListSessionAction({
  problem,
  href,
  returnTo,
}: {
  problem: SessionProblem;
  href: string;
  returnTo: string;
}) {
  return problem === "app_suspended" ? (
    <a href={href} className={buttonClasses("primary")}>
      What happened?
    </a>
  ) : (
    <ContinueWithImgPro returnTo={returnTo} />
  );
}
