import { site } from "@/lib/site";

/** The attribution img.pro's brand rules ask for, always on screen. */
export function Footer() {
  return (
    <footer className="mt-auto border-t border-neutral-200 px-6 py-5 text-sm text-neutral-600">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2">
        <span>{site.name}</span>
        <span>Account &amp; images secured by img.pro</span>
      </div>
    </footer>
  );
}
