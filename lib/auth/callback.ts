import "server-only";
import { ImgProError } from "@/lib/imgpro/errors";
import type { AuthContext } from "@/lib/imgpro/types";
import type { LoginFlow } from "./login-flow";
import { loginPath, ROUTES } from "@/lib/routes";
import { RECONNECT_PATH, SUSPENDED_PATH } from "@/lib/imgpro/refusals";

/**
 * What /callback does, decided without touching cookies or the network so every branch can
 * be tested. The route handler supplies the flow found for the received state and the
 * exchange function, then applies the outcome.
 */
export type CallbackOutcome =
  | { kind: "signed-in"; user: { userId: string; email: string }; redirectTo: string }
  | { kind: "redirect"; redirectTo: string };

export type SignInProblem = "state" | "failed" | "config" | "unavailable";

const problem = (reason: SignInProblem): CallbackOutcome => ({
  kind: "redirect",
  redirectTo: `${ROUTES.signInProblem}?reason=${reason}`,
});

const restartLogin = (flow: LoginFlow, flag: "interactive" | "restart"): CallbackOutcome => ({
  kind: "redirect",
  redirectTo: `${loginPath(flow.returnTo)}&${flag}=1`,
});

export async function resolveCallback(
  params: URLSearchParams,
  flow: LoginFlow | null,
  exchange: (code: string) => Promise<AuthContext>,
): Promise<CallbackOutcome> {
  // `error` before `code`, as img.pro asks: an error callback never reaches the exchange.
  const error = params.get("error");
  if (error !== null) {
    if (error === "access_denied")
      return { kind: "redirect", redirectTo: `${ROUTES.home}?notice=sign-in-canceled` };
    // Only a verified silent attempt falls back, and only once: the restart is interactive.
    if (error === "interaction_required" && flow?.silent) return restartLogin(flow, "interactive");
    return problem("failed");
  }
  if (!params.get("state") || !flow) return problem("state");
  const code = params.get("code");
  if (!code) return problem("failed");

  try {
    const context = await exchange(code);
    return {
      kind: "signed-in",
      user: { userId: context.user.id, email: context.user.email },
      redirectTo: flow.returnTo,
    };
  } catch (cause) {
    if (!(cause instanceof ImgProError)) throw cause;
    switch (cause.code) {
      case "invalid_code":
        return flow.restarted ? problem("failed") : restartLogin(flow, "restart");
      case "unauthorized":
        return problem("config");
      case "app_suspended":
        return { kind: "redirect", redirectTo: SUSPENDED_PATH };
      case "user_forbidden":
        return { kind: "redirect", redirectTo: RECONNECT_PATH };
      default:
        return problem("unavailable");
    }
  }
}
