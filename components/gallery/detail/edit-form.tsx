"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldProblem } from "@/components/ui/field-problem";
import type { FieldRow } from "@/lib/gallery/fields";
import { diffImageEdit, draftFromImage, type ImageDraft } from "@/lib/gallery/image-edit";
import type { GalleryImage } from "@/lib/imgpro/types";
import { AlbumField } from "./album-field";
import { FieldRows } from "./field-rows";
import { INPUT } from "./input-classes";
import { TagField } from "./tag-field";
import type { SaveImage } from "./use-image-editor";

interface FormState {
  error: string | null;
  rowErrors: Record<string, string>;
  tagError: string | null;
  albumError: string | null;
  saved: boolean;
}

const CLEAN: FormState = {
  error: null,
  rowErrors: {},
  tagError: null,
  albumError: null,
  saved: false,
};

/**
 * Everything about the image that is edited, in one form with one Save: caption, alt text,
 * tags, album and custom fields. Only what changed is sent, in one request. A refused save
 * keeps what was typed (nothing is lost, Save tries again) while the image itself, shown
 * optimistically meanwhile, goes back to what img.pro has.
 */
export function EditForm({
  image,
  albums,
  unusable,
  save,
}: {
  image: GalleryImage;
  albums: string[];
  unusable: ReadonlySet<string>;
  save: SaveImage;
}) {
  const id = useId();
  const router = useRouter();
  const [draft, setDraft] = useState<ImageDraft>(() => draftFromImage(image));
  // Since the last Save: "Saved ✓" and the problems found stand until the next edit.
  const [edited, setEdited] = useState(false);
  const newRows = useRef(0);

  const [state, submit, pending] = useActionState<FormState, void>(async () => {
    const diff = diffImageEdit(image, draft, unusable);
    if (!diff.ok)
      return {
        ...CLEAN,
        error: diff.error,
        rowErrors: diff.rowErrors,
        tagError: diff.tagError ?? null,
        albumError: diff.albumError ?? null,
      };
    if (diff.empty) return { ...CLEAN, error: "Nothing to save: nothing has changed." };
    const saved = await save(diff.change, {
      doing: `save ${diff.what}`,
      done: `Saved ${diff.what}.`,
      undone: "Nothing was saved; your edits are still in the form to try again.",
    });
    if (!saved) return CLEAN;
    setDraft(draftFromImage(saved));
    // The gallery's album counts come from the server.
    if (diff.change.namespace !== undefined) router.refresh();
    return { ...CLEAN, saved: true };
  }, CLEAN);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not <form action>: React would reset the form after the action, inputs included.
    event.preventDefault();
    if (pending) return;
    setEdited(false);
    startTransition(() => submit());
  }

  const edit = (patch: Partial<ImageDraft>) => {
    setEdited(true);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setRows = (update: (rows: FieldRow[]) => FieldRow[]) => {
    setEdited(true);
    setDraft((current) => ({ ...current, rows: update(current.rows) }));
  };
  const addRow = () => {
    newRows.current += 1;
    setRows((rows) => [
      ...rows,
      { rowId: `new-${newRows.current}`, original: null, key: "", value: "" },
    ]);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label="Edit image">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-caption`} className="text-sm font-semibold">
          Caption
        </label>
        <textarea
          id={`${id}-caption`}
          rows={2}
          value={draft.caption}
          onChange={(event) => edit({ caption: event.target.value })}
          className={INPUT}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-alt`} className="text-sm font-semibold">
          Alt text
        </label>
        <input
          id={`${id}-alt`}
          value={draft.altText}
          onChange={(event) => edit({ altText: event.target.value })}
          aria-describedby={`${id}-alt-hint`}
          className={INPUT}
        />
        <p id={`${id}-alt-hint`} className="text-muted text-xs">
          Describes the image for people who can&apos;t see it.
        </p>
      </div>
      <TagField
        id={`${id}-tags`}
        tags={draft.tags}
        text={draft.tagText}
        problem={edited ? null : state.tagError}
        onTags={(tags) => edit({ tags })}
        onText={(tagText) => edit({ tagText })}
      />
      <AlbumField
        id={`${id}-album`}
        value={draft.album}
        albums={albums}
        problem={edited ? null : state.albumError}
        onChange={(album) => edit({ album })}
      />
      <FieldRows rows={draft.rows} errors={state.rowErrors} onChange={setRows} onAdd={addRow} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button
          type="submit"
          variant="primary"
          aria-disabled={pending}
          className="min-w-24 pointer-coarse:min-h-11"
        >
          {pending ? "Saving…" : "Save"}
        </Button>
        <span className="text-success text-sm" data-testid="save-state">
          {state.saved && !edited && !pending ? "Saved ✓" : ""}
        </span>
        <FieldProblem>{edited ? null : state.error}</FieldProblem>
      </div>
    </form>
  );
}
