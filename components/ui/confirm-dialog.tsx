"use client";

import { useId } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

/** "Are you sure?" for destructive actions: Cancel has the focus, Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  pendingLabel,
  pending = false,
  onConfirm,
  onCancel,
  finalFocus,
}: {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  pendingLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  finalFocus?: () => HTMLElement | null;
}) {
  const id = useId();
  return (
    <Dialog
      open={open}
      onClose={() => {
        if (!pending) onCancel();
      }}
      labelledBy={`${id}-title`}
      describedBy={`${id}-description`}
      finalFocus={finalFocus}
      className="w-[calc(100%-2rem)] max-w-md"
    >
      <div className="flex flex-col gap-4 p-6">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <p id={`${id}-description`} className="text-muted text-sm">
          {description}
        </p>
        <div className="flex justify-end gap-3">
          <Button data-autofocus onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          {/* Busy, not disabled, so it keeps the focus until the dialog closes. */}
          <Button
            variant="danger"
            onClick={() => {
              if (!pending) onConfirm();
            }}
            aria-disabled={pending}
            aria-busy={pending}
          >
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
