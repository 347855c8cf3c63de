import type { ReactNode } from "react";

/**
 * Wraps a table that may be wider than a phone screen. It scrolls sideways, so keyboard users
 * must be able to focus it (axe: scrollable-region-focusable); the label names it when focused.
 * A group, not a region: the section around a table is usually the landmark already.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focusable so it can be scrolled by keyboard
    <div className="p-table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
