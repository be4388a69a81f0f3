import { formatDimensions, formatName, formatSize } from "@/lib/gallery/detail-format";
import type { GalleryImage } from "@/lib/imgpro/types";
import { LocalTime } from "./local-time";

export function DetailFacts({ image }: { image: GalleryImage }) {
  const facts: [string, string][] = [
    ["Dimensions", formatDimensions(image.width, image.height)],
    ["Size", formatSize(image.bytes)],
    ["Format", formatName(image.format)],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="contents">
        <dt className="text-muted">Added</dt>
        <dd data-testid="detail-added">
          <LocalTime iso={image.createdAt} />
        </dd>
      </div>
      {image.sourceUrl && (
        // img.pro's own record of an import, not a custom field: shown, never edited.
        <div className="contents">
          <dt className="text-muted">Imported from</dt>
          <dd className="break-all">{image.sourceUrl}</dd>
        </div>
      )}
    </dl>
  );
}
