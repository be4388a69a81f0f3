import { AccountMenu } from "@/components/auth/account-menu";
import { LineIcon } from "@/components/ui/line-icon";
import { ROUTES } from "@/lib/routes";
import { BrandLink } from "./brand-link";
import { CONTENT_COLUMN } from "./column";
import { NavLinks } from "./nav-links";
import { PhoneMenu } from "./phone-menu";

/**
 * The signed-in header, one line at every width: "(icon) App name  Gallery Billing
 * Account … email · Sign out" from md up; below that, the pages and the account move into a
 * menu button so the name never wraps.
 */
export function SiteHeader({ email }: { email: string }) {
  return (
    <header className="border-line bg-surface relative border-b">
      <div className={`${CONTENT_COLUMN} flex h-14 items-center gap-6`}>
        <BrandLink href={ROUTES.gallery} />
        <nav aria-label="Main" className="hidden md:block">
          <NavLinks layout="row" />
        </nav>
        <div className="ml-auto hidden min-w-0 md:block">
          <AccountMenu email={email} layout="row" />
        </div>
        <div className="ml-auto md:hidden">
          <PhoneMenu
            account={<AccountMenu email={email} layout="menu" />}
            menuIcon={
              <LineIcon size={22} strokeWidth={1.8}>
                <path d="M4 7h16M4 12h16M4 17h16" />
              </LineIcon>
            }
            closeIcon={
              <LineIcon size={22} strokeWidth={1.8}>
                <path d="M6 6l12 12M18 6 6 18" />
              </LineIcon>
            }
          />
        </div>
      </div>
    </header>
  );
}
