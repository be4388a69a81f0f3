/**
 * The app's one display locale (the document is `lang="en"`). A fork changes it here. Every
 * format passes it explicitly, never reading the environment's, so the server's HTML and
 * the browser's hydration always print the same.
 */
export const APP_LOCALE = "en-US";
