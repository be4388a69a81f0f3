import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col justify-center gap-4 px-6 py-24">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-neutral-700">There is nothing at this address.</p>
      <Link href="/" className="underline underline-offset-4">
        Back to the start
      </Link>
    </main>
  );
}
