"use client";

import { AppLink } from "@/components/ui/app-link";
import { useActionState, useEffect, useId, useRef } from "react";
import { importFromUrl } from "@/app/(app)/gallery/import-actions";
import type { GalleryImage } from "@/lib/imgpro/types";
import { keepsIdempotencyKeyAfter } from "@/lib/upload/retry-policy";
import { newIdempotencyKey } from "@/lib/upload/upload-contract";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { Button } from "@/components/ui/button";

export interface ImportFromUrlFormProps {
  onImported(image: GalleryImage, info: { deduplicated: boolean }): void;
  /** Null when img.pro sent no quota headers: the meters read usage themselves. */
  onUsage(usage: UsageSnapshot | null): void;
  /** Opened from the Upload menu: the field takes the focus. */
  autoFocus?: boolean;
}

type FormState =
  | { kind: "idle" | "done"; url: string; message: string }
  | { kind: "error"; url: string; message: string; upgradeUrl: string | null };

const INITIAL: FormState = { kind: "idle", url: "", message: "" };
const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

/** Import an image by URL: img.pro fetches it; its answer shows next to the field. */
export function ImportFromUrlForm({ onImported, onUsage, autoFocus }: ImportFromUrlFormProps) {
  const inputId = useId();
  const messageId = useId();
  // One Idempotency-Key per attempt: kept until the URL is edited, so submitting the same
  // URL twice (a double click, a retry after a lost answer) imports it once.
  const attemptKey = useRef<string | null>(null);
  const reported = useRef(new Set<string>());
  const latest = useRef({ onImported, onUsage });
  useEffect(() => {
    latest.current = { onImported, onUsage };
  });

  const [state, submit, isPending] = useActionState(
    async (_previous: FormState, form: FormData): Promise<FormState> => {
      const url = String(form.get("url") ?? "").trim();
      attemptKey.current ??= newIdempotencyKey();
      const result = await importFromUrl({ url, idempotencyKey: attemptKey.current });
      if (!result.ok) {
        // After a definite refusal the next submit is a new request (see keepsIdempotencyKey).
        if (!keepsIdempotencyKeyAfter(result.code)) attemptKey.current = null;
        const message = result.fieldErrors?.url?.[0] ?? result.error;
        return { kind: "error", url, message, upgradeUrl: result.upgradeUrl ?? null };
      }
      const { image, deduplicated, usage } = result.data;
      // A replayed attempt answers with the same image: the gallery hears of it once.
      if (!reported.current.has(image.id)) {
        reported.current.add(image.id);
        latest.current.onImported(image, { deduplicated });
      }
      latest.current.onUsage(usage);
      const message = deduplicated
        ? `${image.filename} is already in your gallery.`
        : `Imported ${image.filename}.`;
      return { kind: "done", url: "", message };
    },
    INITIAL,
  );

  const failed = state.kind === "error";
  return (
    <form
      action={submit}
      // While one import runs the button stays focusable (aria-disabled), so refuse here.
      onSubmit={(event) => {
        if (isPending) event.preventDefault();
      }}
      noValidate
      aria-busy={isPending}
      className="flex flex-col gap-1.5"
    >
      <label htmlFor={inputId} className="text-ink text-sm font-medium">
        Import from a URL
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="url"
          type="url"
          inputMode="url"
          autoFocus={autoFocus}
          autoComplete="off"
          placeholder="https://example.com/photo.jpg"
          defaultValue={state.url}
          onChange={() => {
            attemptKey.current = null;
          }}
          aria-invalid={failed}
          aria-describedby={messageId}
          className={`bg-canvas text-ink min-h-9 min-w-0 flex-1 rounded-md border px-3 py-1.5 text-sm pointer-coarse:min-h-11 ${
            failed ? "border-danger" : "border-line-strong"
          } ${focusRing}`}
        />
        <Button type="submit" variant="primary" aria-disabled={isPending}>
          {isPending ? "Importing…" : "Import"}
        </Button>
      </div>
      <p
        id={messageId}
        aria-live="polite"
        className={`min-h-5 text-sm ${failed && !isPending ? "text-danger" : "text-muted"}`}
      >
        {isPending ? "Importing…" : state.message}
        {!isPending && state.kind === "error" && state.upgradeUrl && (
          <>
            {" "}
            <AppLink href={state.upgradeUrl} className={`font-medium underline ${focusRing}`}>
              Upgrade plan
            </AppLink>
          </>
        )}
      </p>
    </form>
  );
}
