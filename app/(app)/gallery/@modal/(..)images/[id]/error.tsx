"use client";

import { DetailError } from "@/components/gallery/detail/detail-error";

export default function ImageModalError({ retry }: { error: unknown; retry: () => void }) {
  return <DetailError retry={retry} />;
}
