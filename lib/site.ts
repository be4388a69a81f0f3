/**
 * The app's own identity. A fork changes these two lines. img.pro shows the name registered
 * for the app on its consent screen; keep them the same so users recognise the handoff.
 * (img.pro rejects app names that contain "img.pro".)
 */
export const site = {
  name: "Photo Shelf",
  pitch: "A calm home for your photos: upload, organise and share, with nothing to set up.",
} as const;
