"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { FieldProblem } from "@/components/ui/field-problem";
import { focusFirst } from "@/components/ui/focus";
import { albumProblem, normalizeAlbum } from "@/lib/gallery/albums";
import type { SaveImage } from "./use-image-editor";
import { Button } from "@/components/ui/button";

/**
 * Puts the image in an album (an img.pro namespace), or takes it out. Existing albums are
 * offered as suggestions; a new name creates the album. The gallery's album counts come
 * from the server, so they are refreshed after a move.
 */
export function AlbumEditor({
  album,
  albums,
  save,
}: {
  album: string | null;
  albums: string[];
  save: SaveImage;
}) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState(album ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  function move(next: string | null) {
    if (pending) return;
    startTransition(async () => {
      const saved = await save(
        { namespace: next },
        next
          ? {
              doing: `move the image to the album "${next}"`,
              done: `Moved to the album "${next}".`,
            }
          : { doing: "take the image out of its album", done: "Taken out of its album." },
      );
      if (saved) {
        setValue(saved.namespace ?? "");
        router.refresh();
      }
    });
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        const name = normalizeAlbum(value);
        const reason = albumProblem(name);
        setProblem(reason);
        if (!reason && name !== album) move(name);
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        Album
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={id}
          list={`${id}-albums`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="No album"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          className="min-w-0 flex-1 rounded-md border border-neutral-300 px-3 py-1.5 text-sm"
        />
        <datalist id={`${id}-albums`}>
          {albums.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {/* Busy, not disabled: a disabled button drops the keyboard focus to the page. */}
        <Button type="submit" aria-disabled={pending}>
          Move to album
        </Button>
        {album && (
          <Button
            variant="ghost"
            aria-disabled={pending}
            onClick={() => {
              // The button goes as soon as the image is out (optimistic): the focus goes first.
              if (!pending) focusFirst(input.current);
              move(null);
            }}
          >
            Remove from album
          </Button>
        )}
      </div>
      <FieldProblem id={`${id}-problem`}>{problem}</FieldProblem>
    </form>
  );
}
