import { site } from "@/lib/site";

/** The whole window, dimmed, while files are dragged over it. */
export function DropOverlay() {
  return (
    <div
      data-testid="drop-overlay"
      className="bg-scrim fixed inset-0 z-50 flex items-center justify-center p-6"
    >
      <div className="border-accent bg-surface pointer-events-none rounded-2xl border-2 border-dashed px-8 py-6 text-center shadow-xl">
        <p className="text-ink text-lg font-semibold">Drop to upload to {site.name}</p>
        <p className="text-muted mt-1 text-sm">Photos go to the top of your gallery.</p>
      </div>
    </div>
  );
}
