import Link from "next/link";

export function EmptyState({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 p-10 text-center">
        <p className="font-medium">No images match these filters.</p>
        <Link href="/gallery" className="mt-2 inline-block text-sm underline underline-offset-4">
          Show all images
        </Link>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-neutral-300 p-10 text-center">
      <p className="font-medium">Your gallery is empty.</p>
      <p className="mt-1 text-sm text-neutral-600">
        Add your first image with the{" "}
        <a href="#add-images" className="underline underline-offset-4">
          upload panel
        </a>{" "}
        above: drop files, paste from the clipboard or import from a URL.
      </p>
    </div>
  );
}
