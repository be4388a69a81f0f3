"use client";

import { Button } from "@/components/ui/button";
import { TryAgain } from "@/components/ui/try-again";
import type { UnavailableProps } from "@/components/ui/lazy-part";

/** Names listed before the rest are counted: the panel must stay one screen tall. */
const NAMES_SHOWN = 5;

export interface HeldFiles {
  /** Files chosen, dropped or pasted before the upload code was there, in order. */
  held: readonly File[];
}

/**
 * Stands in for UploadEngine when its code cannot be fetched: the network dropped, or a new
 * deploy replaced the files this page was built with. The files stay held (none is taken
 * from the user): it names them and tries again when asked (lazyPart also tries again when
 * the browser is back online), and the engine uploads them as soon as it loads. After a
 * deploy no try can work, so it offers a reload too.
 */
export function UploadEngineUnavailable({ held, retry, retrying }: HeldFiles & UnavailableProps) {
  const names = held.map((file) => file.name);
  const more = names.length - NAMES_SHOWN;
  return (
    <div role="alert" className="corner-notice">
      <p className="font-semibold">The upload tools couldn’t be loaded.</p>
      <p className="text-muted mt-1">
        {names.length === 0
          ? "Check your connection and try again."
          : `Not uploaded yet: ${names.slice(0, NAMES_SHOWN).join(", ")}${more > 0 ? ` and ${more} more` : ""}. They upload once the tools load.`}
      </p>
      <div className="mt-3 flex gap-2">
        <TryAgain retry={retry} retrying={retrying} />
        <Button size="sm" onClick={() => window.location.reload()}>
          Reload page
        </Button>
      </div>
    </div>
  );
}
