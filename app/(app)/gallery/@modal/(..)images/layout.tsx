import type { ReactNode } from "react";
import { DetailModalFrame } from "@/components/gallery/detail/detail-modal-frame";

/** The dialog lives here, above [id], so it stays open while Left/Right change the image. */
export default function ImageModalLayout({ children }: { children: ReactNode }) {
  return <DetailModalFrame>{children}</DetailModalFrame>;
}
