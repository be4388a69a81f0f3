"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorPage } from "./error-page";

/** A route's error boundary: what could not be loaded, and Retry, which renders it again. */
export function RetryErrorPage({
  title,
  children,
  retry,
}: {
  title: string;
  children: ReactNode;
  retry: () => void;
}) {
  return (
    <ErrorPage
      title={title}
      alert
      actions={
        <Button variant="primary" onClick={() => retry()}>
          Retry
        </Button>
      }
    >
      {children}
    </ErrorPage>
  );
}
