"use client";

import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";
import { ROUTES, SIGNED_IN_NAV } from "@/lib/routes";

/** An image's own page belongs to the gallery, so the gallery stays marked there. */
function isActive(pathname: string, href: string): boolean {
  if (pathname === href || pathname.startsWith(`${href}/`)) return true;
  return href === ROUTES.gallery && pathname.startsWith(`${ROUTES.images}/`);
}

/** Styled in app/globals.css: a row in the header, or a list in the phone menu. */
const LAYOUTS = { row: "nav-row-link", menu: "nav-menu-link" } as const;

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
          <AppLink
            href={href}
            aria-current={isActive(pathname, href) ? "page" : undefined}
            className={LAYOUTS[layout]}
            onClick={onNavigate}
          >
            {label}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
