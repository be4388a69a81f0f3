import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ImageDetailLoader } from "@/app/(app)/images/image-detail-loader";
import { CloseIcon, VIEWER_BUTTON, ViewerBar } from "@/components/gallery/detail/viewer-bar";
import { ROUTES } from "@/lib/routes";

export const metadata: Metadata = { title: "Image" };

/**
 * An image's own page: a shared link, a reload, or a new tab (no modal interception). The
 * same stage and panel as the modal, a window high, under the site's header.
 */
export default async function ImagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <main className="flex flex-1 flex-col lg:h-dvh lg:flex-none">
      <ViewerBar
        close={
          <AppLink href={ROUTES.gallery} aria-label="Back to the gallery" className={VIEWER_BUTTON}>
            <CloseIcon />
          </AppLink>
        }
      />
      <div className="flex min-h-0 flex-1 flex-col">
        <ImageDetailLoader id={id} mode="page" />
      </div>
    </main>
  );
}
