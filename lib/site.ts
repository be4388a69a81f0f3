/**
 * The app's own identity: everything else (pages, the emulator's demo app, the tests) reads
 * it from here. A fork changes these two lines, or sets NEXT_PUBLIC_APP_NAME. img.pro shows
 * the name registered for the app on its consent screen; keep them the same so users
 * recognise the handoff. (img.pro rejects app names that contain "img.pro".)
 */
export const site = {
  name: process.env.NEXT_PUBLIC_APP_NAME || "Photo Shelf",
  pitch: "A calm home for your photos: upload, organise and share, with nothing to set up.",
  /** The landing page's headline and the line under it (the pitch, split for the hero). */
  headline: "A calm home for your photos.",
  subhead: "Upload, organise and share, with nothing to set up.",
} as const;
