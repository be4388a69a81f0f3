"use client";

import { FieldProblem } from "@/components/ui/field-problem";
import { INPUT } from "./input-classes";

/**
 * The album (an img.pro namespace) as a combobox: the user's albums are offered, a new name
 * creates one, and an empty field means no album. The input takes the panel's full width so
 * a name such as "holiday-2026" is always shown whole.
 */
export function AlbumField({
  id,
  value,
  albums,
  problem,
  onChange,
}: {
  id: string;
  value: string;
  albums: string[];
  problem: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        Album
      </label>
      <input
        id={id}
        list={`${id}-albums`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="No album"
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint ${id}-problem`}
        className={INPUT}
      />
      <datalist id={`${id}-albums`}>
        {albums.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="text-muted text-xs">
        Pick an album or type a new name; leave it empty for none.
      </p>
      <FieldProblem id={`${id}-problem`}>{problem}</FieldProblem>
    </div>
  );
}
