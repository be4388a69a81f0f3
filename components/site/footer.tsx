import { site } from "@/lib/site";
import { CONTENT_COLUMN } from "./column";

/** The attribution img.pro's brand rules ask for, always on screen, in the content column. */
export function Footer() {
  return (
    <footer className="border-line text-muted mt-auto border-t text-sm">
      <div className={`${CONTENT_COLUMN} flex flex-wrap items-center justify-between gap-2 py-5`}>
        <span>{site.name}</span>
        <span>Account &amp; images secured by img.pro</span>
      </div>
    </footer>
  );
}
