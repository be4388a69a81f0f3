import type { ReactNode } from "react";
import { GalleryBridgeProvider } from "@/components/gallery/gallery-bridge";

/**
 * The grid and, in the `modal` slot, an image opened from it (/images/[id] intercepted):
 * the grid stays mounted underneath, so closing the modal returns to it as it was. A hard
 * load of /images/[id] is not intercepted and shows the full page instead.
 */
export default function GalleryLayout({
  children,
  modal,
}: {
  children: ReactNode;
  modal: ReactNode;
}) {
  return (
    <GalleryBridgeProvider>
      {children}
      {modal}
    </GalleryBridgeProvider>
  );
}
