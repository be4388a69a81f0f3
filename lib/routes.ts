/**
 * The app's paths, named once. Edge-safe and client-safe (no server-only imports): lib/,
 * proxy.ts and the pages all read them here, so a page added to SIGNED_IN_NAV is in the
 * nav and redirected early by the proxy in one step.
 */
export const ROUTES = {
  home: "/",
  gallery: "/gallery",
  billing: "/billing",
  billingManage: "/billing/manage",
  account: "/account",
  images: "/images",
  login: "/login",
  callback: "/callback",
  signInProblem: "/sign-in-problem",
  suspended: "/suspended",
  sessionDisconnected: "/session/disconnected",
  /** The prefix of the session pages (sign-out, disconnected). */
  session: "/session",
  api: "/api/",
} as const;

/** One image's page (and, from the grid, its modal). */
export const imagePath = (id: string) => `${ROUTES.images}/${encodeURIComponent(id)}`;

/** Sign in, then come back to `returnTo` (an app path). */
export const loginPath = (returnTo: string) =>
  `${ROUTES.login}?returnTo=${encodeURIComponent(returnTo)}`;

/** The signed-in area's main navigation, in order. */
export const SIGNED_IN_NAV = [
  [ROUTES.gallery, "Gallery"],
  [ROUTES.billing, "Billing"],
  [ROUTES.account, "Account"],
] as const;

/** Paths of the signed-in area: the nav's pages, image pages and the API. */
export const SIGNED_IN_PREFIXES: readonly string[] = [
  ...SIGNED_IN_NAV.map(([path]) => path),
  ROUTES.images,
  ROUTES.api,
];
