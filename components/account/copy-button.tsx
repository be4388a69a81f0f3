"use client";

import { useState } from "react";

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
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        className="rounded-md border border-neutral-300 px-2 py-0.5 text-xs font-medium hover:bg-neutral-100"
      >
        Copy
      </button>
      <span role="status" aria-live="polite" className="text-xs text-neutral-600">
        {message}
      </span>
    </span>
  );
}
