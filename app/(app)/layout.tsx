import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site/site-header";
import { requireUser } from "@/lib/session";

/** The signed-in area. The layout checks the session; every page and action does too. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader email={user.email} />
      {children}
    </>
  );
}
