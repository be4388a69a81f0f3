import { AppLink } from "@/components/ui/app-link";
import { site } from "@/lib/site";
import { AppIcon } from "./app-icon";

/** "(icon) App name": the app's own name first, on one line at every width. */
export function BrandLink({ href }: { href: string }) {
  return (
    <AppLink
      href={href}
      className="text-ink flex min-h-11 shrink-0 items-center gap-2.5 rounded-md font-semibold tracking-tight whitespace-nowrap"
    >
      <AppIcon />
      <span>{site.name}</span>
    </AppLink>
  );
}
