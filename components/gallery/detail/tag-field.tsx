"use client";

import { useRef, useState } from "react";
import { focusFirst } from "@/components/ui/focus";
import { FieldProblem } from "@/components/ui/field-problem";
import { addTags } from "@/lib/gallery/tag-edits";
import { MAX_TAG_LENGTH, MAX_TAGS } from "@/lib/gallery/tags";
import { INPUT } from "./input-classes";

/**
 * Tags as removable chips plus an input, part of the detail's one form: Enter (or a comma
 * list, "golden hour, travel") adds chips without saving; Save sends them with the rest.
 */
export function TagField({
  id,
  tags,
  text,
  problem,
  onTags,
  onText,
}: {
  id: string;
  tags: string[];
  text: string;
  /** A problem found when saving; one found on Enter is shown the same way. */
  problem: string | null;
  onTags: (tags: string[]) => void;
  onText: (text: string) => void;
}) {
  const [typedProblem, setTypedProblem] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const shown = typedProblem ?? problem;

  function add() {
    const result = addTags(tags, text);
    if (!result.ok) {
      setTypedProblem(result.error);
      return;
    }
    setTypedProblem(null);
    onTags(result.tags);
    onText("");
  }

  function remove(tag: string, index: number) {
    // The chip goes with its focused button: the focus moves on to the next tag's.
    const buttons = list.current?.querySelectorAll("button");
    focusFirst(buttons?.[index + 1], buttons?.[index - 1], input.current);
    onTags(tags.filter((each) => each !== tag));
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        Tags
      </label>
      {tags.length > 0 && (
        <ul ref={list} className="flex flex-wrap gap-1.5" aria-label="Tags">
          {tags.map((tag, index) => (
            <li
              key={tag}
              className="bg-subtle inline-flex max-w-full items-center gap-0.5 rounded-full py-0.5 pr-0.5 pl-3 text-sm"
            >
              <span className="min-w-0 break-words">{tag}</span>
              <button
                type="button"
                onClick={() => remove(tag, index)}
                aria-label={`Remove tag ${tag}`}
                className="text-muted hover:bg-line hover:text-ink focus-visible:outline-accent inline-flex size-6 shrink-0 items-center justify-center rounded-full focus-visible:outline-2"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={id}
        value={text}
        onChange={(event) => {
          setTypedProblem(null);
          onText(event.target.value);
        }}
        onKeyDown={(event) => {
          // Enter adds the typed tags as chips; only Save saves.
          if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
          event.preventDefault();
          if (text.trim()) add();
        }}
        placeholder={tags.length > 0 ? "Add more tags" : "Add tags"}
        enterKeyHint="enter"
        autoComplete="off"
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-hint ${id}-problem`}
        className={INPUT}
      />
      <p id={`${id}-hint`} className="text-muted text-xs">
        Separate tags with commas; Enter adds them. Up to {MAX_TAGS} tags of at most{" "}
        {MAX_TAG_LENGTH} characters, saved in lowercase.
      </p>
      <FieldProblem id={`${id}-problem`}>{shown}</FieldProblem>
    </div>
  );
}
