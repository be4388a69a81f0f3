"use client";

import { AppLink } from "@/components/ui/app-link";
import { useRouter } from "next/navigation";
import { useId, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import {
  galleryHref,
  hasFilters,
  parseFilters,
  type GalleryFilters as Filters,
} from "@/lib/gallery/filters";
import type { Album } from "@/lib/imgpro/types";
import { ROUTES } from "@/lib/routes";

/** Styled in app/globals.css. */
const control = "filter-control";

/**
 * On a phone the two menus are as wide as the option shown ("All photos", "Any tag" whole,
 * a long album name cut), and the tag field takes the rest of the row (.filter-menu).
 */
const phoneFit = "filter-menu";

/**
 * Album and tag filter as one compact row. It is a GET form to /gallery, so it works before
 * JavaScript (Enter or Apply) and every view lands in the URL and history; once hydrated,
 * picking an album goes there at once.
 */
export function GalleryFilters({ filters, albums }: { filters: Filters; albums: Album[] }) {
  const router = useRouter();
  const id = useId();

  function go(form: HTMLFormElement) {
    const data = new FormData(form);
    const album = String(data.get("album") ?? "");
    const next = parseFilters({
      tags: String(data.get("tags") ?? ""),
      mode: String(data.get("mode") ?? "any"),
      album: album || undefined,
    });
    router.push(galleryHref(next));
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(event.currentTarget);
  }

  // An album the list no longer names (emptied since) still shows as chosen.
  const known = albums.some((album) => album.namespace === filters.album);
  return (
    <form
      action={ROUTES.gallery}
      method="get"
      onSubmit={submit}
      role="search"
      aria-label="Filter photos"
      className="flex w-full min-w-0 items-center gap-1.5 sm:w-auto"
    >
      <label htmlFor={`${id}-album`} className="sr-only">
        Album
      </label>
      <select
        id={`${id}-album`}
        name="album"
        defaultValue={filters.album ?? ""}
        onChange={(event) => event.currentTarget.form && go(event.currentTarget.form)}
        className={`${control} ${phoneFit} sm:w-40`}
      >
        <option value="">All photos</option>
        {!known && filters.album && <option value={filters.album}>{filters.album}</option>}
        {albums.map((album) => (
          <option key={album.namespace} value={album.namespace}>
            {album.namespace} ({album.count})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tags`} className="sr-only">
        Tags
      </label>
      <input
        id={`${id}-tags`}
        name="tags"
        type="search"
        enterKeyHint="search"
        defaultValue={filters.tags.join(", ")}
        placeholder="Filter by tags"
        aria-describedby={`${id}-tags-hint`}
        className={`${control} flex-1 sm:w-44 sm:flex-none`}
      />
      <span id={`${id}-tags-hint`} className="sr-only">
        Separate tags with commas.
      </span>
      <label htmlFor={`${id}-mode`} className="sr-only">
        Images must have
      </label>
      <select
        id={`${id}-mode`}
        name="mode"
        defaultValue={filters.mode}
        className={`${control} ${phoneFit} sm:w-24`}
      >
        <option value="any">Any tag</option>
        <option value="all">All tags</option>
      </select>
      <button
        type="submit"
        aria-label="Apply filter"
        className={`${buttonClasses("secondary")} max-sm:hidden`}
      >
        Apply
      </button>
      {hasFilters(filters) && (
        <AppLink
          href={ROUTES.gallery}
          aria-label="Clear filters"
          className={`${buttonClasses("ghost")} shrink-0 px-2`}
        >
          <span aria-hidden="true" className="text-base leading-none">
            ×
          </span>
        </AppLink>
      )}
    </form>
  );
}
