import Link from "next/link";

/**
 * An image id this user cannot open: deleted, someone else's, or mistyped. img.pro answers
 * all three alike, so the page does too. The route has no loading state on purpose: the
 * answer waits for img.pro, so a missing image is a real 404, not a streamed 200.
 */
export default function ImageNotFound() {
  return (
    <main className="mx-auto w-full max-w-5xl flex-1 px-6 py-8">
      <h1 className="text-2xl font-semibold">Image not found</h1>
      <p className="mt-2 text-neutral-700">It may have been deleted, or the link may be wrong.</p>
      <Link href="/gallery" className="mt-4 inline-block underline underline-offset-4">
        Back to the gallery
      </Link>
    </main>
  );
}
