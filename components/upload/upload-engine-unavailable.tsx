"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { UploadEngineProps } from "./upload-engine";

/** Names listed before the rest are counted: the panel must stay one screen tall. */
const NAMES_SHOWN = 5;

/**
 * Stands in for UploadEngine when its code cannot be fetched: the network dropped, or a new
 * deploy replaced the files this page was built with. It takes the files held meanwhile, and
 * any chosen after, so it can name every one that was not uploaded, and offers a reload.
 */
export function UploadEngineUnavailable({ connect }: Pick<UploadEngineProps, "connect">) {
  const [names, setNames] = useState<string[]>([]);
  useEffect(
    () => connect((files) => setNames((shown) => [...shown, ...files.map((file) => file.name)])),
    [connect],
  );
  const more = names.length - NAMES_SHOWN;
  return (
    <div role="alert" className="corner-notice">
      <p className="font-semibold">The upload tools couldn’t be loaded.</p>
      <p className="text-muted mt-1">
        {names.length === 0
          ? "Reload the page to add photos."
          : `Not uploaded: ${names.slice(0, NAMES_SHOWN).join(", ")}${more > 0 ? ` and ${more} more` : ""}. Reload the page, then add them again.`}
      </p>
      <Button className="mt-3" size="sm" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </div>
  );
}
