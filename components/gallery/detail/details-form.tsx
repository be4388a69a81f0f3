"use client";

import { startTransition, useActionState, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldProblem } from "@/components/ui/field-problem";
import {
  diffDetails,
  rowsFromFields,
  type DetailsDraft,
  type FieldRow,
} from "@/lib/gallery/fields";
import type { GalleryImage } from "@/lib/imgpro/types";
import { FieldRows } from "./field-rows";
import type { SaveImage } from "./use-image-editor";

interface FormState {
  error: string | null;
  rowErrors: Record<string, string>;
}

const draftFrom = (image: GalleryImage): DetailsDraft => ({
  caption: image.caption ?? "",
  altText: image.altText ?? "",
  rows: rowsFromFields(image.fields),
});

/**
 * Caption, alt text and custom fields, saved together: only what changed is sent, a removed
 * field as `null`. A refused save puts the inputs back as img.pro has them.
 */
export function DetailsForm({
  image,
  unusable,
  save,
}: {
  image: GalleryImage;
  unusable: ReadonlySet<string>;
  save: SaveImage;
}) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftFrom(image));
  const newRows = useRef(0);

  const [state, submit, pending] = useActionState<FormState, void>(
    async () => {
      const diff = diffDetails(image, draft, unusable);
      if (!diff.ok) return { error: diff.error, rowErrors: diff.rowErrors };
      if (diff.empty) return { error: "Nothing to save: nothing has changed.", rowErrors: {} };
      const saved = await save(diff.change, {
        doing: `save ${diff.what}`,
        done: `Saved ${diff.what}.`,
        undone: "Nothing was saved; your edits are still in the form to try again.",
      });
      // A failure keeps what was typed: nothing is lost, and Save tries again.
      if (saved) setDraft(draftFrom(saved));
      return { error: null, rowErrors: {} };
    },
    { error: null, rowErrors: {} },
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not <form action>: React would reset the form after the action, inputs included.
    event.preventDefault();
    if (!pending) startTransition(() => submit());
  }

  const setRows = (update: (rows: FieldRow[]) => FieldRow[]) =>
    setDraft((current) => ({ ...current, rows: update(current.rows) }));
  const addRow = () => {
    newRows.current += 1;
    setRows((rows) => [
      ...rows,
      { rowId: `new-${newRows.current}`, original: null, key: "", value: "" },
    ]);
  };

  const input = "w-full rounded-md border border-neutral-300 px-2.5 py-1.5 text-sm";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Details">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-caption`} className="text-sm font-semibold">
          Caption
        </label>
        <textarea
          id={`${id}-caption`}
          rows={2}
          value={draft.caption}
          onChange={(event) => setDraft({ ...draft, caption: event.target.value })}
          className={input}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-alt`} className="text-sm font-semibold">
          Alt text
        </label>
        <input
          id={`${id}-alt`}
          value={draft.altText}
          onChange={(event) => setDraft({ ...draft, altText: event.target.value })}
          aria-describedby={`${id}-alt-hint`}
          className={input}
        />
        <p id={`${id}-alt-hint`} className="text-xs text-neutral-600">
          Describes the image for people who can&apos;t see it; used as its alt text.
        </p>
      </div>
      <FieldRows rows={draft.rows} errors={state.rowErrors} onChange={setRows} onAdd={addRow} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" aria-disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </Button>
        <FieldProblem>{state.error}</FieldProblem>
      </div>
    </form>
  );
}
