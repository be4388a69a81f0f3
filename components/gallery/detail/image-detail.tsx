"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, type CSSProperties } from "react";
import { LiveRegion } from "@/components/ui/live-region";
import { useHydrated } from "@/components/ui/use-hydrated";
import { altFor } from "@/lib/gallery/alt-text";
import type { GalleryImage, ImageVariant } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { useGalleryList } from "../gallery-bridge";
import { DeleteImage } from "./delete-image";
import { DetailFacts } from "./detail-facts";
import { DETAIL_TITLE_ID } from "./detail-title";
import { VIEWER_STAGE } from "./viewer-bar";
import { EditForm } from "./edit-form";
import { LinksSection } from "./links-section";
import { useImageEditor } from "./use-image-editor";
import { ROUTES } from "@/lib/routes";

/**
 * One image, laid out the same in the modal and on its own page: the image as large as the
 * stage allows (it stays put while the side panel scrolls), and beside it (below it on a
 * phone) the panel with its facts, the one edit form, the links and Delete.
 */
export function ImageDetail({
  image: initial,
  variants,
  unusableFieldNames,
  albums,
  mode,
}: {
  image: GalleryImage;
  variants: ImageVariant[];
  albums: string[];
  unusableFieldNames: string[];
  mode: "page" | "modal";
}) {
  const router = useRouter();
  const list = useGalleryList();
  const unusable = useMemo(() => new Set(unusableFieldNames), [unusableFieldNames]);
  const onSaved = useCallback((saved: GalleryImage) => list?.replaceImage(saved), [list]);
  const editor = useImageEditor(initial, onSaved);
  // On its own page the editors are in the server's HTML. Until React hydrates them a submit
  // would reload the page and drop what was typed, so their controls wait until then.
  const hydrated = useHydrated();
  const image = editor.shown;
  const large =
    variants.find((variant) => variant.size === "l" && variant.format === "webp")?.url ??
    image.display.src;
  // On its own page the image's name is the h1; in the modal, under the gallery's h1, an h2.
  const Title = mode === "page" ? "h1" : "h2";
  const sectionHeading = mode === "page" ? "h2" : "h3";

  function onDeleted(usage: UsageSnapshot | null) {
    if (list) {
      list.removeImages([image.id]);
      list.announce({ tone: "success", text: `Deleted ${image.filename}.` });
      if (usage) list.usageChanged(usage);
    }
    if (mode === "modal") router.back();
    else router.replace(ROUTES.gallery);
  }

  return (
    <article
      aria-labelledby={DETAIL_TITLE_ID}
      className="lg:grid lg:h-full lg:min-h-0 lg:flex-1 lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[minmax(0,1fr)_26rem]"
    >
      <div
        className={`relative max-h-[70dvh] w-full lg:h-full lg:max-h-none ${VIEWER_STAGE} aspect-(--ratio) lg:aspect-auto`}
        style={{ "--ratio": `${image.width ?? 4} / ${image.height ?? 3}` } as CSSProperties}
        data-testid="detail-stage"
        data-stage
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- a CDN variant, already sized and encoded */}
        <img
          src={large}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          alt={altFor(image)}
          decoding="async"
          className="absolute inset-0 size-full object-contain lg:p-4"
        />
      </div>
      <div
        className="bg-surface text-ink lg:border-line flex min-w-0 flex-col gap-6 p-5 lg:overflow-y-auto lg:overscroll-contain lg:border-l"
        data-testid="detail-panel"
      >
        <header className="flex flex-col gap-2">
          <Title id={DETAIL_TITLE_ID} className="text-lg font-semibold break-words">
            {image.filename}
          </Title>
          <DetailFacts image={image} />
        </header>
        <fieldset disabled={!hydrated} className="m-0 flex min-w-0 flex-col gap-6 border-0 p-0">
          <EditForm image={editor.image} albums={albums} unusable={unusable} save={editor.save} />
          <LiveRegion message={editor.message} testId="detail-status" />
          <LinksSection
            isPublic={image.public}
            variants={variants}
            pageUrl={image.pageUrl}
            save={editor.save}
            heading={sectionHeading}
          />
          <DeleteImage id={image.id} filename={image.filename} onDeleted={onDeleted} />
        </fieldset>
      </div>
    </article>
  );
}
