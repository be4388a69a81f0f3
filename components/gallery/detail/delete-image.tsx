"use client";

import { useState, useTransition } from "react";
import { deleteImageAction } from "@/app/(app)/gallery/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LiveRegion } from "@/components/ui/live-region";
import { failureMessage, unexpectedFailure, type StatusMessage } from "@/lib/gallery/messages";
import type { UsageSnapshot } from "@/lib/usage-snapshot";

/** Delete, after a confirmation; the owner decides where to go once it is gone. */
export function DeleteImage({
  id,
  filename,
  onDeleted,
}: {
  id: string;
  filename: string;
  onDeleted: (usage: UsageSnapshot | null) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await deleteImageAction({ id }).catch(unexpectedFailure);
      setConfirming(false);
      if (result.ok) onDeleted(result.data.usage);
      else setMessage(failureMessage(`delete ${filename}`, result));
    });
  }

  return (
    <div className="border-line flex flex-col gap-2 border-t pt-5">
      <Button variant="danger" className="self-start" onClick={() => setConfirming(true)}>
        Delete image
      </Button>
      <LiveRegion message={message} />
      <ConfirmDialog
        open={confirming}
        title={`Delete ${filename}?`}
        description="It is removed from img.pro with every size, and its links stop working. This can't be undone."
        confirmLabel="Delete image"
        pendingLabel="Deleting…"
        pending={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={confirm}
      />
    </div>
  );
}
