import { AppLink } from "@/components/ui/app-link";

export interface LiveMessage {
  tone: "info" | "success" | "error";
  text: string;
  link?: { href: string; label: string };
}

const TONES = {
  info: "text-muted",
  success: "text-success",
  error: "text-danger",
} as const;

/**
 * A polite live region that is always in the page, so assistive technology announces each
 * new message (a region inserted together with its text is often not announced). It is an
 * aria-live region rather than role="status": a page holds several, and the one status a
 * page has (a notice after a redirect, say) stays unambiguous.
 */
export function LiveRegion({
  message,
  className = "",
  testId,
}: {
  message: LiveMessage | null;
  className?: string;
  testId?: string;
}) {
  return (
    <div aria-live="polite" aria-atomic="true" className={className} data-testid={testId}>
      {message && (
        <p className={`text-sm ${TONES[message.tone]}`}>
          {message.text}
          {message.link && (
            <>
              {" "}
              <AppLink
                href={message.link.href}
                className="font-medium underline underline-offset-2"
              >
                {message.link.label}
              </AppLink>
            </>
          )}
        </p>
      )}
    </div>
  );
}
