import type { ImageVariant } from "@/lib/imgpro/types";
import { CopyLinks } from "./copy-links";
import { PublicToggle } from "./public-toggle";
import type { SaveImage } from "./use-image-editor";

/** Sharing, folded away until asked for: the public page switch and every link to copy. */
export function LinksSection({
  isPublic,
  variants,
  pageUrl,
  save,
  heading,
}: {
  isPublic: boolean;
  variants: ImageVariant[];
  pageUrl: string | null;
  save: SaveImage;
  heading: "h2" | "h3";
}) {
  return (
    <details className="group border-line border-t pt-5">
      <summary className="focus-visible:outline-accent flex min-h-9 cursor-pointer list-none items-center justify-between rounded-md text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 pointer-coarse:min-h-11 [&::-webkit-details-marker]:hidden">
        Sizes &amp; links
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          className="text-muted size-5 transition-transform group-open:rotate-180"
          fill="none"
        >
          <path
            d="M6 9l6 6 6-6"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </summary>
      <div className="mt-4 flex flex-col gap-5">
        <PublicToggle isPublic={isPublic} save={save} />
        <CopyLinks variants={variants} pageUrl={pageUrl} heading={heading} />
      </div>
    </details>
  );
}
