import type { Metadata } from "next";
import { CONTENT_COLUMN } from "@/components/site/column";
import { ConnectedAccount } from "@/components/account/connected-account";
import { requireUser } from "@/lib/session";
import { site } from "@/lib/site";
import { ROUTES } from "@/lib/routes";

export const metadata: Metadata = { title: "Account" };

/** Everything shown here is in the session: the page needs no call to img.pro. */
export default async function AccountPage() {
  const user = await requireUser(ROUTES.account);
  return (
    <main className={`${CONTENT_COLUMN} flex-1 py-10`}>
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold">Account</h1>
        <ConnectedAccount email={user.email} userId={user.userId} connectedAt={user.connectedAt} />
        <div className="text-muted space-y-2 text-sm">
          <p>
            You sign in to {site.name} with your img.pro account. Your account, your images and your
            plan live at img.pro; {site.name} keeps only this connection, never a password.
          </p>
          <p>
            Signing out here ends your session in {site.name} only: it does not sign you out of
            img.pro. Your email and your img.pro account itself are managed at img.pro.
          </p>
        </div>
      </div>
    </main>
  );
}
