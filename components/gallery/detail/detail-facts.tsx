import { formatCreated, formatDimensions, formatName, formatSize } from "@/lib/format";
import type { GalleryImage } from "@/lib/imgpro/types";

export function DetailFacts({ image }: { image: GalleryImage }) {
  const facts: [string, string][] = [
    ["Dimensions", formatDimensions(image.width, image.height)],
    ["Size", formatSize(image.bytes)],
    ["Format", formatName(image.format)],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-neutral-600">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="contents">
        <dt className="text-neutral-600">Added</dt>
        <dd>
          <time dateTime={image.createdAt}>{formatCreated(image.createdAt)}</time>
        </dd>
      </div>
      {image.sourceUrl && (
        // img.pro's own record of an import, not a custom field: shown, never edited.
        <div className="contents">
          <dt className="text-neutral-600">Imported from</dt>
          <dd className="break-all">{image.sourceUrl}</dd>
        </div>
      )}
      {image.namespace && (
        <div className="contents">
          <dt className="text-neutral-600">Album</dt>
          <dd>{image.namespace}</dd>
        </div>
      )}
    </dl>
  );
}
