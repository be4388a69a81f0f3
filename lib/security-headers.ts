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

/** The origin of a configured URL, or of its documented default when unset or invalid. */
export function originOf(value: string | undefined, fallback: string): string {
  try {
    return new URL(value && value.trim() ? value : fallback).origin;
  } catch {
    return new URL(fallback).origin;
  }
}
