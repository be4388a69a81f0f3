"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { focusFirst } from "@/components/ui/focus";
import { FieldProblem } from "@/components/ui/field-problem";
import { countLabel, selectionSummary } from "@/lib/gallery/selection";
import { parseTagList, type TagMode } from "@/lib/gallery/tags";

/** Acting on the selection: select all loaded, clear, add or remove tags, delete. */
export function BatchToolbar({
  count,
  loadedCount,
  pending,
  onSelectAll,
  onClear,
  onTag,
  onDelete,
}: {
  count: number;
  loadedCount: number;
  pending: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tags: string[], mode: TagMode) => Promise<boolean>;
  onDelete: () => Promise<void>;
}) {
  const id = useId();
  const [tags, setTags] = useState("");
  const [tagError, setTagError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const none = count === 0;
  const summary = useRef<HTMLParagraphElement>(null);

  async function submitTags(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const mode: TagMode = submitter?.getAttribute("value") === "remove" ? "remove" : "add";
    const parsed = parseTagList(tags);
    if (!parsed.ok) {
      setTagError(parsed.error);
      return;
    }
    setTagError(null);
    if (await onTag(parsed.tags, mode)) setTags("");
  }

  return (
    <section
      aria-label="Selected images"
      className="mb-4 flex flex-col gap-3 rounded-lg border border-neutral-200 bg-white p-3 sm:flex-row sm:flex-wrap sm:items-center"
    >
      <p
        ref={summary}
        tabIndex={-1}
        data-testid="selection-summary"
        aria-live="polite"
        aria-atomic="true"
        className="min-w-36 rounded text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        {selectionSummary(count)}
      </p>
      <div className="flex gap-2">
        <Button size="sm" onClick={onSelectAll} disabled={loadedCount === 0 || pending}>
          Select all loaded ({loadedCount})
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            // Clearing disables this button, which would drop the focus: the summary takes it.
            focusFirst(summary.current);
            onClear();
          }}
          disabled={none || pending}
        >
          Clear selection
        </Button>
      </div>
      <form onSubmit={submitTags} className="flex flex-wrap items-center gap-2" noValidate>
        <label htmlFor={`${id}-tags`} className="text-sm text-neutral-700">
          Tags for selected
        </label>
        <input
          id={`${id}-tags`}
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          placeholder="e.g. beach, 2024"
          aria-invalid={tagError ? true : undefined}
          aria-describedby={`${id}-tag-error`}
          disabled={none}
          className="w-40 rounded-md border border-neutral-300 px-2 py-1 text-sm disabled:bg-neutral-100"
        />
        <Button size="sm" type="submit" value="add" disabled={none} aria-disabled={pending}>
          Add tags
        </Button>
        <Button size="sm" type="submit" value="remove" disabled={none} aria-disabled={pending}>
          Remove tags
        </Button>
        <FieldProblem id={`${id}-tag-error`}>{tagError}</FieldProblem>
      </form>
      <Button
        size="sm"
        variant="danger"
        className="sm:ml-auto"
        disabled={none || pending}
        onClick={() => setConfirming(true)}
      >
        Delete selected
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${countLabel(count)}?`}
        description="They are removed from img.pro with every size, and their links stop working. This can't be undone."
        confirmLabel={`Delete ${countLabel(count)}`}
        pendingLabel="Deleting…"
        pending={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await onDelete();
          setConfirming(false);
        }}
        // Once the images are gone, the Delete button the dialog would return to is disabled.
        finalFocus={() => (none ? summary.current : null)}
      />
    </section>
  );
}
