/**
 * Controls that go away when they have done their job (a tag's remove button, an upload
 * row, Load more after the last page) would drop the focus to <body>, where a keyboard or
 * screen reader user loses their place. These move it somewhere that makes sense instead.
 */

type Candidate = Element | null | undefined;

/** Focuses the first candidate still in the page; call it before removing the focused control. */
export function focusFirst(...candidates: Candidate[]): void {
  const target = candidates.find(
    (candidate): candidate is HTMLElement =>
      candidate instanceof HTMLElement && candidate.isConnected,
  );
  target?.focus();
}

/**
 * A ref for a control that can vanish by itself while it has the focus (Load more after the
 * last page, Cancel when an upload ends). React removes it with its own events switched off,
 * so no onBlur says so; the ref's cleanup runs just before, while the control still has the
 * focus. Once the page has re-rendered, a focus left on <body> goes to the first of
 * `fallback(parent)` still there, `parent` being the element the control sat in.
 */
export function refocusOnRemoval(fallback: (parent: Element) => Candidate[]) {
  return (control: HTMLElement | null) => {
    if (!control) return;
    return () => {
      const parent = control.parentElement;
      if (control !== document.activeElement || !parent) return;
      requestAnimationFrame(() => {
        const dropped = document.activeElement === null || document.activeElement === document.body;
        if (dropped) focusFirst(...fallback(parent));
      });
    };
  };
}
