"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo } from "react";
import { LiveRegion } from "@/components/ui/live-region";
import { useHydrated } from "@/components/ui/use-hydrated";
import { altFor } from "@/lib/gallery/edits";
import type { GalleryImage, ImageVariant } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { useGalleryList } from "../gallery-bridge";
import { AlbumEditor } from "./album-editor";
import { CopyLinks } from "./copy-links";
import { DeleteImage } from "./delete-image";
import { DetailFacts } from "./detail-facts";
import { DetailsForm } from "./details-form";
import { DETAIL_TITLE_ID } from "./detail-skeleton";
import { PublicToggle } from "./public-toggle";
import { TagsEditor } from "./tags-editor";
import { useImageEditor } from "./use-image-editor";

/** One image: the large view, its facts and links, and everything that edits it. */
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
    else router.replace("/gallery");
  }

  return (
    <article
      aria-labelledby={DETAIL_TITLE_ID}
      className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
    >
      <div className="flex items-start justify-center self-start rounded-lg bg-neutral-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- a CDN variant, already sized and encoded */}
        <img
          src={large}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          alt={altFor(image)}
          decoding="async"
          className="h-auto max-h-[75vh] w-auto max-w-full object-contain"
        />
      </div>
      <div className="flex min-w-0 flex-col gap-5">
        <header className="flex flex-col gap-2">
          <Title id={DETAIL_TITLE_ID} className="text-xl font-semibold break-words">
            {image.filename}
          </Title>
          <DetailFacts image={image} />
        </header>
        <LiveRegion message={editor.message} testId="detail-status" />
        <fieldset disabled={!hydrated} className="m-0 flex min-w-0 flex-col gap-5 border-0 p-0">
          <PublicToggle isPublic={image.public} save={editor.save} />
          <TagsEditor tags={image.tags} save={editor.save} heading={sectionHeading} />
          <AlbumEditor album={image.namespace} albums={albums} save={editor.save} />
          <DetailsForm image={editor.image} unusable={unusable} save={editor.save} />
          <CopyLinks variants={variants} pageUrl={image.pageUrl} heading={sectionHeading} />
          <DeleteImage id={image.id} filename={image.filename} onDeleted={onDeleted} />
        </fieldset>
      </div>
    </article>
  );
}
