/**
 * Whether a URL may be handed to img.pro to import, and if not, what to tell the user.
 * img.pro fetches it itself, so what matters here is a clear message: absolute http(s) only,
 * and no credentials (they would travel to img.pro and sit in its logs).
 */
export const MAX_IMPORT_URL_LENGTH = 2048;

export function importUrlProblem(value: string): string | null {
  const text = value.trim();
  if (!text) return "Enter the address of an image, starting with https://.";
  if (text.length > MAX_IMPORT_URL_LENGTH) {
    return `That address is too long (at most ${MAX_IMPORT_URL_LENGTH} characters).`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Enter a full address, starting with https:// or http://.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return "Only http and https addresses can be imported.";
  }
  if (!url.hostname) return "Enter a full address, starting with https:// or http://.";
  if (url.username || url.password) {
    return "Remove the user name and password from the address: img.pro fetches public images only.";
  }
  return null;
}
