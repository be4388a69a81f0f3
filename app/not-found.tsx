import { AppLink } from "@/components/ui/app-link";
import { ErrorPage } from "@/components/site/error-page";
import { PublicHeader } from "@/components/site/public-header";
import { buttonClasses } from "@/components/ui/button-classes";

export default function NotFound() {
  return (
    <>
      <PublicHeader />
      <ErrorPage
        kind="missing"
        title="Page not found"
        actions={
          <AppLink href="/" className={buttonClasses("primary")}>
            Back to the start
          </AppLink>
        }
      >
        <p>There is nothing at this address. The link may be old or mistyped.</p>
      </ErrorPage>
    </>
  );
}
