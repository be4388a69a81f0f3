/**
 * img.pro's upload limits, shared by the browser's checks and the server's. The docs say
 * "Max 70 MB (10 MB for SVG)"; MB is read as decimal, the stricter reading.
 */
export const IMGPRO_MAX_UPLOAD_BYTES = 70_000_000;
export const SVG_MAX_UPLOAD_BYTES = 10_000_000;
/** Vercel functions take 4.5 MB bodies, read as 4,500,000 bytes (the stricter reading). */
export const VERCEL_BODY_LIMIT_BYTES = 4_500_000;
