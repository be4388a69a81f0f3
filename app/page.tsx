import { site } from "@/lib/site";

export default function LandingPage() {
  return (
    <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col justify-center gap-6 px-6 py-24">
      <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">{site.name}</h1>
      <p className="max-w-xl text-lg text-neutral-700">{site.pitch}</p>
    </main>
  );
}
