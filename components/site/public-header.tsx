import { ROUTES } from "@/lib/routes";
import { BrandLink } from "./brand-link";
import { CONTENT_COLUMN } from "./column";

/** The header of the pages outside the signed-in area: the app's name, home. */
export function PublicHeader() {
  return (
    <header>
      <div className={`${CONTENT_COLUMN} flex h-14 items-center`}>
        <BrandLink href={ROUTES.home} />
      </div>
    </header>
  );
}
