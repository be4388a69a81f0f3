import "./imgpro-signin.css";
import { ROUTES, loginPath } from "@/lib/routes";

const GLOBE_PATH =
  "M12 21a9.004 9.004 0 0 0 8.716-6.747M12 21a9.004 9.004 0 0 1-8.716-6.747M12 21c2.485 0 4.5-4.03 4.5-9S14.485 3 12 3m0 18c-2.485 0-4.5-4.03-4.5-9S9.515 3 12 3m0 0a8.997 8.997 0 0 1 7.843 4.582M12 3a8.997 8.997 0 0 0-7.843 4.582m15.686 0A11.953 11.953 0 0 1 12 10.5c-2.998 0-5.74-1.1-7.843-2.918m15.686 0A8.959 8.959 0 0 1 21 12c0 .778-.099 1.533-.284 2.253m0 0A17.919 17.919 0 0 1 12 16.5c-3.162 0-6.133-.815-8.716-2.247m0 0A9.015 9.015 0 0 1 3 12c0-1.605.42-3.113 1.157-4.418";

export interface ContinueWithImgProProps {
  /**
   * Dark on light UIs, light on dark ones; `auto` (the default) follows the system scheme,
   * as the app's theme does.
   */
  theme?: "auto" | "dark" | "light";
  /** `short` drops the verb, never the brand; `icon` is for rows of sign-in icons only. */
  size?: "full" | "short" | "icon";
  /** Where to come back to after signing in (a path in this app). */
  returnTo?: string;
}

/**
 * The official button from img.pro's docs, markup and styles unmodified. A plain link to
 * /login (no prefetch: following it starts a sign-in), which builds the real img.pro URL
 * with a fresh state on the server.
 */
export function ContinueWithImgPro({
  theme = "auto",
  size = "full",
  returnTo,
}: ContinueWithImgProProps) {
  const href = returnTo ? loginPath(returnTo) : ROUTES.login;
  const className = [
    "imgpro-signin",
    theme === "light" && "imgpro-signin--light",
    theme === "auto" && "imgpro-signin--auto",
    size === "icon" && "imgpro-signin--icon",
  ]
    .filter(Boolean)
    .join(" ");
  const iconSize = size === "icon" ? 20 : 18;
  return (
    <a
      className={className}
      href={href}
      aria-label={size === "icon" ? "Continue with img.pro" : undefined}
    >
      <svg
        width={iconSize}
        height={iconSize}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        aria-hidden="true"
      >
        <path strokeLinecap="round" strokeLinejoin="round" d={GLOBE_PATH} />
      </svg>
      {size === "full" && "Continue with img.pro"}
      {size === "short" && "img.pro"}
    </a>
  );
}
