"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Copies a value; says what happened in a live region, including when it could not. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [message, setMessage] = useState("");
  // Server-rendered with the account page: the button works once React has hydrated it.
  const hydrated = useHydrated();
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
      <Button size="sm" onClick={copy} aria-label={label} disabled={!hydrated}>
        Copy
      </Button>
      <span role="status" aria-live="polite" className="text-xs text-neutral-600">
        {message}
      </span>
    </span>
  );
}
