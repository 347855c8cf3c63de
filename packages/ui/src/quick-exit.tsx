"use client";

import { useEffect, useId, type MouseEvent } from "react";

interface QuickExitProps {
  href: string;
  label: string;
  description: string;
}

const DOUBLE_PRESS_MS = 1000;

/**
 * Leaves for a neutral site, replacing the current history entry so "Back" does not return here.
 * A plain link before JavaScript loads; pressing Esc twice does the same from anywhere.
 */
export function QuickExit({ href, label, description }: QuickExitProps) {
  const descriptionId = useId();

  useEffect(() => {
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - last < DOUBLE_PRESS_MS) window.location.replace(href);
      last = now;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [href]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.location.replace(href);
  };

  return (
    <>
      <a href={href} className="p-quick-exit" rel="noreferrer" onClick={onClick} aria-describedby={descriptionId}>
        {label}
      </a>
      <span id={descriptionId} className="p-visually-hidden">
        {description}
      </span>
    </>
  );
}
