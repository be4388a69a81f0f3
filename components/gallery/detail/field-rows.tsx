"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { focusFirst } from "@/components/ui/focus";
import type { FieldRow } from "@/lib/gallery/fields";
import { INPUT } from "./input-classes";

/** Custom fields as name/value rows; a row's problem is announced and tied to its inputs. */
export function FieldRows({
  rows,
  errors,
  onChange,
  onAdd,
}: {
  rows: FieldRow[];
  errors: Record<string, string>;
  onChange: (update: (rows: FieldRow[]) => FieldRow[]) => void;
  onAdd: () => void;
}) {
  const edit = (rowId: string, patch: Partial<FieldRow>) =>
    onChange((current) => current.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = (rowId: string, index: number) => {
    // The row goes with its focused Remove button: on to the next row's, else Add a field.
    const buttons = fieldset.current?.querySelectorAll("[data-remove-field]");
    focusFirst(buttons?.[index + 1], buttons?.[index - 1], addButton.current);
    onChange((current) => current.filter((row) => row.rowId !== rowId));
  };
  const input = `${INPUT} flex-1`;

  return (
    <fieldset ref={fieldset} className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Custom fields</legend>
      {rows.length === 0 && <p className="text-muted text-sm">No custom fields.</p>}
      {rows.map((row, index) => {
        const error = errors[row.rowId];
        const errorId = `${row.rowId}-error`;
        const name = row.key.trim() || `field ${index + 1}`;
        return (
          <div key={row.rowId} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <input
                value={row.key}
                onChange={(event) => edit(row.rowId, { key: event.target.value })}
                aria-label={`Name of field ${index + 1}`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                placeholder="name"
                className={input}
              />
              <input
                value={row.value}
                onChange={(event) => edit(row.rowId, { value: event.target.value })}
                aria-label={`Value of field ${index + 1}`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                placeholder="value"
                className={input}
              />
              <Button
                size="sm"
                variant="ghost"
                data-remove-field
                onClick={() => remove(row.rowId, index)}
              >
                <span aria-hidden="true">Remove</span>
                <span className="sr-only">Remove {name}</span>
              </Button>
            </div>
            {error && (
              <p id={errorId} className="text-danger text-xs">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <Button ref={addButton} size="sm" className="self-start" onClick={onAdd}>
        Add a field
      </Button>
    </fieldset>
  );
}
