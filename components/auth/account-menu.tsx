import { signOut } from "@/app/(app)/actions";
import { site } from "@/lib/site";
import { Button } from "@/components/ui/button";

/**
 * Who is signed in, with the app-first lockup img.pro's brand rules ask for, and Sign out
 * (a POST: a server action, never a link). `row` sits in the header; `menu` in the phone menu.
 */
export function AccountMenu({ email, layout = "row" }: { email: string; layout?: "row" | "menu" }) {
  const who = (
    <div
      className={layout === "row" ? "min-w-0 text-right leading-tight" : "min-w-0 leading-tight"}
    >
      <div className="text-ink truncate" data-testid="account-email" title={email}>
        {email}
      </div>
      <div className="text-muted text-xs">{site.name} × img.pro</div>
    </div>
  );
  if (layout === "menu") {
    return (
      <div className="flex flex-col gap-3 text-sm">
        <div className="px-3">{who}</div>
        <form action={signOut}>
          <Button type="submit" className="min-h-11! w-full">
            Sign out
          </Button>
        </form>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 items-center gap-3 text-sm">
      <div className="max-w-64 min-w-0">{who}</div>
      <form action={signOut}>
        <Button type="submit">Sign out</Button>
      </form>
    </div>
  );
}
