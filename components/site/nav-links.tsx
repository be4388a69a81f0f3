"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ROUTES, SIGNED_IN_NAV } from "@/lib/routes";

/** An image's own page belongs to the gallery, so the gallery stays marked there. */
function isActive(pathname: string, href: string): boolean {
  if (pathname === href || pathname.startsWith(`${href}/`)) return true;
  return href === ROUTES.gallery && pathname.startsWith(`${ROUTES.images}/`);
}

const LAYOUTS = {
  // A row in the header: the current page gets a filled pill and an underline.
  row: "relative inline-flex min-h-9 items-center rounded-md px-3 text-sm text-muted hover:bg-subtle hover:text-ink aria-[current=page]:bg-subtle aria-[current=page]:font-semibold aria-[current=page]:text-ink aria-[current=page]:after:absolute aria-[current=page]:after:inset-x-3 aria-[current=page]:after:-bottom-[11px] aria-[current=page]:after:h-0.5 aria-[current=page]:after:rounded-full aria-[current=page]:after:bg-ink pointer-coarse:min-h-11",
  // A list in the phone menu: full-width rows with a bar on the current one's edge.
  menu: "flex min-h-11 items-center rounded-md border-l-4 border-transparent px-3 text-base text-ink hover:bg-subtle aria-[current=page]:border-ink aria-[current=page]:bg-subtle aria-[current=page]:font-semibold",
} as const;

/** The signed-in area's pages; the one being shown is aria-current="page" and marked. */
export function NavLinks({
  layout,
  onNavigate,
}: {
  layout: keyof typeof LAYOUTS;
  onNavigate?: () => void;
}) {
  const pathname = usePathname() ?? "";
  return (
    <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
      {SIGNED_IN_NAV.map(([href, label]) => (
        <li key={href}>
          <Link
            href={href}
            aria-current={isActive(pathname, href) ? "page" : undefined}
            className={LAYOUTS[layout]}
            onClick={onNavigate}
          >
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
