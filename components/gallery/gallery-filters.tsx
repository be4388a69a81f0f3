"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import {
  galleryHref,
  hasFilters,
  parseFilters,
  type GalleryFilters as Filters,
} from "@/lib/gallery/filters";
import type { Album } from "@/lib/imgpro/types";

const chip = (active: boolean) =>
  `inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
    active
      ? "border-neutral-900 bg-neutral-900 text-white"
      : "border-neutral-300 bg-white text-neutral-800 hover:bg-neutral-100"
  }`;

/**
 * Albums (img.pro namespaces, with counts) and the tag filter. Both are links and a GET
 * form to /gallery, so they work before JavaScript and land in the URL and history.
 */
export function GalleryFilters({ filters, albums }: { filters: Filters; albums: Album[] }) {
  const router = useRouter();
  const id = useId();

  function applyTags(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = parseFilters({
      tags: String(data.get("tags") ?? ""),
      mode: String(data.get("mode") ?? "any"),
    });
    router.push(galleryHref({ ...next, album: filters.album }));
  }

  return (
    <div className="mb-4 flex flex-col gap-4">
      <nav aria-label="Albums">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={galleryHref({ ...filters, album: null })}
              aria-current={filters.album === null ? "page" : undefined}
              className={chip(filters.album === null)}
            >
              All images
            </Link>
          </li>
          {albums.map((album) => (
            <li key={album.namespace}>
              <Link
                href={galleryHref({ ...filters, album: album.namespace })}
                aria-current={filters.album === album.namespace ? "page" : undefined}
                aria-label={`${album.namespace}, ${album.count} ${album.count === 1 ? "image" : "images"}`}
                className={chip(filters.album === album.namespace)}
              >
                {album.namespace}
                <span className="text-xs opacity-75">{album.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        action="/gallery"
        method="get"
        onSubmit={applyTags}
        role="search"
        aria-label="Filter by tags"
        className="flex flex-wrap items-end gap-3"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-tags`} className="text-sm font-medium">
            Tags
          </label>
          <input
            id={`${id}-tags`}
            name="tags"
            defaultValue={filters.tags.join(", ")}
            placeholder="e.g. beach, sunset"
            aria-describedby={`${id}-tags-hint`}
            className="w-56 rounded-md border border-neutral-300 px-3 py-1.5 text-sm"
          />
          <span id={`${id}-tags-hint`} className="text-xs text-neutral-600">
            Separate tags with commas.
          </span>
        </div>
        <fieldset className="flex items-center gap-3 pb-6 text-sm">
          <legend className="sr-only">Images must have</legend>
          {(
            [
              ["any", "Any of these tags"],
              ["all", "All of these tags"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="mode"
                value={value}
                defaultChecked={filters.mode === value}
                className="accent-neutral-900"
              />
              {label}
            </label>
          ))}
        </fieldset>
        {filters.album && <input type="hidden" name="album" value={filters.album} />}
        <div className="flex items-center gap-3 pb-6">
          <Button type="submit" variant="primary">
            Apply filter
          </Button>
          {hasFilters(filters) && (
            <Link href="/gallery" className="text-sm underline underline-offset-4">
              Clear filters
            </Link>
          )}
        </div>
      </form>
    </div>
  );
}
