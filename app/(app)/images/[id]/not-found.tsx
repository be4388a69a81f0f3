import { AppLink } from "@/components/ui/app-link";
import { ErrorPage } from "@/components/site/error-page";
import { buttonClasses } from "@/components/ui/button-classes";
import { ROUTES } from "@/lib/routes";

/**
 * An image id this user cannot open: deleted, someone else's, or mistyped. img.pro answers
 * all three alike, so the page does too. The route has no loading state on purpose: the
 * answer waits for img.pro, so a missing image is a real 404, not a streamed 200.
 */
export default function ImageNotFound() {
  return (
    <ErrorPage
      kind="missing"
      title="Image not found"
      actions={
        <AppLink href={ROUTES.gallery} className={buttonClasses("primary")}>
          Back to the gallery
        </AppLink>
      }
    >
      <p>It may have been deleted, or the link may be wrong.</p>
    </ErrorPage>
  );
}
