"use client";

import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes";
import { useHydrated } from "./use-hydrated";

/**
 * A button in the app's style. A `type="button"` does nothing until React has hydrated the
 * page (only a submit button works without script: it posts its form), so until then it is
 * disabled, which says so, instead of swallowing a click.
 */
export function Button({
  variant = "secondary",
  size = "md",
  className = "",
  type = "button",
  disabled,
  ...props
}: ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
}) {
  const hydrated = useHydrated();
  return (
    <button
      type={type}
      disabled={disabled || (type === "button" && !hydrated)}
      className={`${buttonClasses(variant, size)} ${className}`}
      {...props}
    />
  );
}
