import { signOut } from "@/app/(app)/actions";
import { site } from "@/lib/site";
import { Button } from "@/components/ui/button";

export function AccountMenu({ email }: { email: string }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <div className="hidden text-right leading-tight sm:block">
        <div className="text-neutral-900" data-testid="account-email">
          {email}
        </div>
        <div className="text-xs text-neutral-500">{site.name} × img.pro</div>
      </div>
      <form action={signOut}>
        <Button type="submit">Sign out</Button>
      </form>
    </div>
  );
}
