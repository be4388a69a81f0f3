/**
 * Back on /gallery the slot must match something that renders nothing: an unmatched slot
 * would keep showing the modal after a client-side navigation.
 */
export default function NoModalOnGallery() {
  return null;
}
