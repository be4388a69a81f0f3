import { AppLink } from "@/components/ui/app-link";
import { ROUTES } from "@/lib/routes";

const box =
  "flex flex-col items-center gap-2 rounded-xl border border-dashed border-line-strong px-6 py-16 text-center";

export function EmptyState({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <div className={box}>
        <p className="font-medium">No photos match these filters.</p>
        <AppLink href={ROUTES.gallery} className="text-ink text-sm underline underline-offset-4">
          Show all photos
        </AppLink>
      </div>
    );
  }
  return (
    <div className={box}>
      <p className="text-lg font-medium">Your gallery is empty.</p>
      {/* Touch screens have no files to drag: they get the words for what they can do. */}
      <p className="text-muted max-w-md text-sm pointer-coarse:hidden">
        Drag photos anywhere onto this page, paste one, or use{" "}
        <span className="text-ink font-medium">+ Upload</span> above.
      </p>
      <p className="text-muted hidden max-w-md text-sm pointer-coarse:block">
        Tap <span className="text-ink font-medium">+ Upload</span> above to add photos from your
        device.
      </p>
    </div>
  );
}
