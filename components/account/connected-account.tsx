import { signOut } from "@/app/(app)/actions";
import { formatDate } from "@/lib/format";
import { site } from "@/lib/site";
import { CopyButton } from "./copy-button";
import { Button } from "@/components/ui/button";

/**
 * The connected-account row. img.pro's brand rules: the lockup is app-first
 * ("<app name> × img.pro"), and the attribution line sits with it.
 */
export function ConnectedAccount({
  email,
  userId,
  connectedAt,
}: {
  email: string;
  userId: string;
  /** Milliseconds since the epoch; 0 for sessions saved before it was recorded. */
  connectedAt: number;
}) {
  return (
    <section
      aria-labelledby="connected-account-heading"
      className="border-line bg-surface rounded-xl border p-6"
    >
      <h2 id="connected-account-heading" className="text-muted text-sm font-medium">
        Connected account
      </h2>
      <p className="mt-1 text-lg font-semibold" data-testid="account-lockup">
        {site.name} × img.pro
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">Email</dt>
        <dd data-testid="account-row-email">{email}</dd>
        <dt className="text-muted">img.pro user id</dt>
        <dd className="flex flex-wrap items-center gap-3">
          <code
            className="bg-subtle rounded px-1.5 py-0.5 select-all"
            data-testid="account-user-id"
          >
            {userId}
          </code>
          <CopyButton value={userId} label="Copy img.pro user id" />
        </dd>
        <dt className="text-muted">Connected</dt>
        <dd data-testid="account-connected">
          {connectedAt > 0 ? formatDate(new Date(connectedAt).toISOString()) : "Earlier"}
        </dd>
      </dl>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-4">
        <form action={signOut}>
          <Button type="submit">Sign out of {site.name}</Button>
        </form>
        <p className="text-muted text-sm">Account &amp; images secured by img.pro</p>
      </div>
    </section>
  );
}
