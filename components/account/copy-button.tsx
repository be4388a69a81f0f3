"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a value; says what happened in a live region, including when it could not. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [message, setMessage] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setMessage("Copied");
    } catch {
      // No clipboard (an insecure origin, a denied permission): the value is selectable.
      setMessage("Couldn't copy: select the id and copy it yourself");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" onClick={copy} aria-label={label}>
        Copy
      </Button>
      <span role="status" aria-live="polite" className="text-muted text-xs">
        {message}
      </span>
    </span>
  );
}
