"use client";

import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { focusFirst } from "@/components/ui/focus";
import { FieldProblem } from "@/components/ui/field-problem";
import { useDismiss } from "@/components/ui/use-dismiss";
import { albumProblem, normalizeAlbum } from "@/lib/gallery/albums";
import { countLabel, selectionSummary } from "@/lib/gallery/selection";
import { parseTagList, type TagMode } from "@/lib/gallery/tag-edits";
import type { Album } from "@/lib/imgpro/types";

const field =
  "min-h-7 min-w-0 rounded-md border border-line-strong bg-canvas px-2 py-1 text-sm text-ink pointer-coarse:min-h-11 " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent";

/** A button that opens a small panel under it; Escape or a click elsewhere closes it. */
function Popover({
  label,
  children,
  open,
  onOpenChange,
}: {
  label: string;
  children: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) root.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, [open]);
  const close = useCallback(() => onOpenChange(false), [onOpenChange]);
  useDismiss(open, root, trigger, close);
  return (
    <div ref={root} className="relative">
      <Button
        ref={trigger}
        size="sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onOpenChange(!open)}
      >
        {label}
      </Button>
      <div
        id={id}
        hidden={!open}
        className="menu-panel left-0 z-40 w-72 max-w-[calc(100vw-1.5rem)] p-3"
      >
        {children}
      </div>
    </div>
  );
}

/**
 * In place of the gallery's header row while something is selected: the count, tags, album,
 * delete and clear. Google Photos' pattern: the tools are there only while they apply.
 */
export function SelectionBar({
  count,
  loadedCount,
  pending,
  albums,
  onSelectAll,
  onClear,
  onTag,
  onMove,
  onDelete,
}: {
  count: number;
  loadedCount: number;
  pending: boolean;
  albums: readonly Album[];
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tags: string[], mode: TagMode) => Promise<boolean>;
  onMove: (album: string | null) => Promise<boolean>;
  onDelete: () => Promise<void>;
}) {
  const id = useId();
  const [tags, setTags] = useState("");
  const [tagError, setTagError] = useState<string | null>(null);
  const [album, setAlbum] = useState("");
  const [albumError, setAlbumError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
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

  async function submitMove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const name = normalizeAlbum(album);
    const problem = name === "" ? null : albumProblem(name);
    if (problem) {
      setAlbumError(problem);
      return;
    }
    setAlbumError(null);
    if (await onMove(name === "" ? null : name)) {
      setAlbum("");
      setMoving(false);
    }
  }

  return (
    <section
      aria-label="Selected images"
      data-selection-bar
      className="bg-canvas max-sm:border-line absolute inset-x-0 top-0 z-30 flex min-h-full flex-wrap items-center gap-x-1 gap-y-2 py-2.5 max-sm:-mx-3 max-sm:border-b max-sm:px-3 max-sm:shadow-md sm:gap-x-2"
    >
      <Button
        size="sm"
        variant="ghost"
        aria-label="Clear selection"
        onClick={() => {
          focusFirst(document.getElementById("gallery-heading"));
          onClear();
        }}
        disabled={pending}
      >
        <span aria-hidden="true" className="text-base leading-none">
          ×
        </span>
      </Button>
      <p
        ref={summary}
        tabIndex={-1}
        data-testid="selection-summary"
        aria-live="polite"
        aria-atomic="true"
        className="focus-visible:outline-accent rounded text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 sm:mr-2"
      >
        {selectionSummary(count)}
      </p>
      <Button
        size="sm"
        variant="ghost"
        onClick={onSelectAll}
        disabled={loadedCount === 0 || pending}
      >
        Select all loaded ({loadedCount})
      </Button>
      <form
        onSubmit={submitTags}
        className="flex min-w-0 basis-full items-center gap-1.5 sm:basis-auto"
        noValidate
      >
        <label htmlFor={`${id}-tags`} className="sr-only">
          Tags for selected
        </label>
        <input
          id={`${id}-tags`}
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          placeholder="Tags: beach, 2024"
          aria-invalid={tagError ? true : undefined}
          aria-describedby={`${id}-tag-error`}
          className={`${field} w-full sm:w-44`}
        />
        <Button size="sm" type="submit" value="add" aria-disabled={pending} className="shrink-0">
          Add tags
        </Button>
        <Button size="sm" type="submit" value="remove" aria-disabled={pending} className="shrink-0">
          Remove tags
        </Button>
      </form>
      <Popover label="Move to album" open={moving} onOpenChange={setMoving}>
        <form onSubmit={submitMove} noValidate className="flex flex-col gap-2">
          <label htmlFor={`${id}-album`} className="text-sm font-medium">
            Album for {countLabel(count)}
          </label>
          <input
            id={`${id}-album`}
            list={`${id}-albums`}
            value={album}
            onChange={(event) => setAlbum(event.target.value)}
            placeholder="e.g. holiday-2024 (empty: no album)"
            aria-invalid={albumError ? true : undefined}
            aria-describedby={`${id}-album-error`}
            className={`${field} w-full`}
          />
          <datalist id={`${id}-albums`}>
            {albums.map((each) => (
              <option key={each.namespace} value={each.namespace} />
            ))}
          </datalist>
          <FieldProblem id={`${id}-album-error`}>{albumError}</FieldProblem>
          <Button size="sm" type="submit" variant="primary" aria-disabled={pending}>
            {pending ? "Moving…" : "Move"}
          </Button>
        </form>
      </Popover>
      <Button
        size="sm"
        variant="danger"
        className="sm:ml-auto"
        aria-label="Delete selected"
        disabled={pending}
        onClick={() => setConfirming(true)}
      >
        Delete
      </Button>
      <div className="basis-full has-[p:empty]:hidden">
        <FieldProblem id={`${id}-tag-error`}>{tagError}</FieldProblem>
      </div>
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
        // Once the images are gone the bar goes too: the heading takes the focus.
        finalFocus={() => document.getElementById("gallery-heading")}
      />
    </section>
  );
}
