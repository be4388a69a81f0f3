import { Button } from "./button";
import type { UnavailableProps } from "./lazy-part";

/** A stand-in's button that downloads its part's code again; says so while it tries. */
export function TryAgain({ retry, retrying }: UnavailableProps) {
  return (
    <Button
      size="sm"
      variant="primary"
      className="shrink-0 whitespace-nowrap"
      aria-disabled={retrying}
      onClick={() => !retrying && retry()}
    >
      {retrying ? "Trying…" : "Try again"}
    </Button>
  );
}
