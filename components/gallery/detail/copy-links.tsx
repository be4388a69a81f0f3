"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImageVariant } from "@/lib/imgpro/types";

const SIZE_NAMES = { s: "Small", m: "Medium", l: "Large" } as const;

/** Every size × format URL, and the viewer page while it is public, one click to copy. */
export function CopyLinks({
  variants,
  pageUrl,
  heading: Heading,
}: {
  variants: ImageVariant[];
  pageUrl: string | null;
  /** One level below the image's title (see TagsEditor). */
  heading: "h2" | "h3";
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function copy(url: string, what: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(url);
      setStatus(`Copied the ${what}.`);
    } catch {
      setCopied(null);
      setStatus(`Couldn't copy: the browser refused access to the clipboard. The URL is ${url}`);
    }
  }

  const rows = [
    { title: "Original", variants: variants.filter((variant) => variant.size === null) },
    ...(["s", "m", "l"] as const).map((size) => ({
      title: SIZE_NAMES[size],
      variants: variants.filter((variant) => variant.size === size),
    })),
  ].filter((row) => row.variants.length > 0);

  return (
    <section aria-labelledby="copy-links-heading" className="flex flex-col gap-2">
      <Heading id="copy-links-heading" className="text-sm font-semibold">
        Copy links
      </Heading>
      {pageUrl && (
        <Button size="sm" className="self-start" onClick={() => copy(pageUrl, "viewer page link")}>
          {copied === pageUrl ? "Copied" : "Copy viewer page link"}
        </Button>
      )}
      <dl className="grid grid-cols-[5rem_1fr] items-center gap-x-3 gap-y-2 text-sm">
        {rows.map((row) => (
          <div key={row.title} className="contents">
            <dt className="text-muted">{row.title}</dt>
            <dd className="flex flex-wrap gap-1.5">
              {row.variants.map((variant) => {
                const format = variant.format.toUpperCase();
                const what = `${row.title} ${format} URL`;
                return (
                  <Button
                    key={variant.url}
                    size="sm"
                    aria-label={`Copy ${what}`}
                    onClick={() => copy(variant.url, what)}
                  >
                    {copied === variant.url ? "Copied" : format}
                  </Button>
                );
              })}
            </dd>
          </div>
        ))}
      </dl>
      <p aria-live="polite" aria-atomic="true" className="text-muted text-xs break-all">
        {status}
      </p>
    </section>
  );
}
