import { signOut } from "@/app/(app)/actions";
import { site } from "@/lib/site";

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
        <button
          type="submit"
          className="rounded-md border border-neutral-300 px-3 py-1.5 font-medium hover:bg-neutral-100"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
