/** Cookie names shared by proxy.ts (which cannot import server-only modules) and lib/session. */
export function sessionCookieName(secure: boolean): string {
  // `__Host-` pins the cookie to this origin and path /, but browsers only take it over https.
  return secure ? "__Host-session" : "session";
}
