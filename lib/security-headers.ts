/**
 * The Content-Security-Policy: scripts only with this response's nonce (and what they load,
 * 'strict-dynamic'), images from this app and the img.pro CDN, no framing, no plugins, and
 * forms posting only here or on to img.pro and Stripe Checkout (the hand-offs).
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  cdnOrigin: string;
  webOrigin: string;
  development: boolean;
}): string {
  const { nonce, cdnOrigin, webOrigin, development } = options;
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // next/image and React set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${cdnOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // A form submitted before hydration follows its redirect natively, and CSP checks that
    // redirect too: sign-in and manage go to img.pro, checkout to Stripe Checkout (the docs
    // say checkout_url is Stripe's).
    `form-action 'self' ${webOrigin} https://checkout.stripe.com`,
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/**
 * Strict-Transport-Security for an app served over https: browsers then refuse plain http to
 * it (and its subdomains) for two years, so no first request can be downgraded or have its
 * cookies read on the way. Never on http: a browser would then refuse http://localhost.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Strict-Transport-Security when APP_URL is https, nothing otherwise. */
export function transportSecurityHeaders(appUrl: string | undefined): Record<string, string> {
  return (appUrl ?? "").startsWith("https://")
    ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY }
    : {};
}

/** The origin of a configured URL, or of its documented default when unset or invalid. */
export function originOf(value: string | undefined, fallback: string): string {
  try {
    return new URL(value && value.trim() ? value : fallback).origin;
  } catch {
    return new URL(fallback).origin;
  }
}
