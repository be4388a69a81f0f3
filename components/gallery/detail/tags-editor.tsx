"use client";

import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { focusFirst } from "@/components/ui/focus";
import { FieldProblem } from "@/components/ui/field-problem";
import { addTag, MAX_TAG_LENGTH, MAX_TAGS } from "@/lib/gallery/tags";
import type { SaveImage } from "./use-image-editor";

/** Tags as removable chips plus an input; each change is saved at once, optimistically. */
export function TagsEditor({
  tags,
  save,
  heading: Heading,
}: {
  tags: string[];
  save: SaveImage;
  /** One level below the image's title, which is an h1 on its page and an h2 in the modal. */
  heading: "h2" | "h3";
}) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const result = addTag(tags, draft);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    const tag = result.tags[result.tags.length - 1] ?? "";
    setProblem(null);
    setDraft("");
    startTransition(async () => {
      const saved = await save(
        { tags: result.tags },
        { doing: `add the tag "${tag}"`, done: `Added the tag "${tag}".` },
      );
      if (!saved) setDraft(tag);
    });
  }

  function remove(tag: string, index: number) {
    // One tag edit at a time: each sends the whole list, built from the one before.
    if (pending) return;
    // The chip goes at once (optimistic), with the focused button: on to the next tag's.
    const buttons = list.current?.querySelectorAll("button");
    focusFirst(buttons?.[index + 1], buttons?.[index - 1], input.current);
    startTransition(async () => {
      await save(
        { tags: tags.filter((each) => each !== tag) },
        { doing: `remove the tag "${tag}"`, done: `Removed the tag "${tag}".` },
      );
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-2">
      <Heading id={`${id}-heading`} className="text-sm font-semibold">
        Tags
      </Heading>
      {tags.length > 0 ? (
        <ul ref={list} className="flex flex-wrap gap-2" aria-label="Tags">
          {tags.map((tag, index) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full bg-neutral-100 py-0.5 pr-1 pl-3 text-sm"
            >
              {tag}
              <button
                type="button"
                onClick={() => remove(tag, index)}
                aria-label={`Remove tag ${tag}`}
                className="rounded-full px-1.5 text-neutral-600 hover:bg-neutral-200 hover:text-neutral-950 focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-neutral-600">No tags yet.</p>
      )}
      <form onSubmit={add} className="flex items-center gap-2" noValidate>
        <label htmlFor={`${id}-new`} className="sr-only">
          Add a tag
        </label>
        <input
          ref={input}
          id={`${id}-new`}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="Add a tag"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint ${id}-problem`}
          className="w-48 rounded-md border border-neutral-300 px-2 py-1 text-sm"
        />
        <Button type="submit" size="sm" aria-disabled={pending}>
          Add tag
        </Button>
      </form>
      <p id={`${id}-hint`} className="text-xs text-neutral-600">
        Up to {MAX_TAGS} tags of at most {MAX_TAG_LENGTH} characters, saved in lowercase.
      </p>
      <FieldProblem id={`${id}-problem`}>{problem}</FieldProblem>
    </section>
  );
}
