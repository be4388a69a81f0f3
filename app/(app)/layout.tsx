import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { requireUser } from "@/lib/session";
import { site } from "@/lib/site";
import { ROUTES, SIGNED_IN_NAV } from "@/lib/routes";

/** The signed-in area. The layout checks the session; every page and action does too. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <header className="border-b border-neutral-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-6 py-3">
          <nav aria-label="Main" className="flex items-center gap-5">
            <Link href={ROUTES.gallery} className="font-semibold tracking-tight">
              {site.name}
            </Link>
            {SIGNED_IN_NAV.map(([href, label]) => (
              <Link
                key={href}
                href={href}
                className="text-sm text-neutral-700 hover:text-neutral-950"
              >
                {label}
              </Link>
            ))}
          </nav>
          <AccountMenu email={user.email} />
        </div>
      </header>
      {children}
    </>
  );
}
