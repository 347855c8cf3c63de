"use client";

import { createContext, use, useActionState, useCallback, useRef, useState, type ReactNode } from "react";
import { idle } from "~/server/action-state";
import type { FormResult } from "~/server/form-values";
import type { FormAction } from "./change-form-parts";

type Tone = "success" | "error";

const Announce = createContext<(tone: Tone, message: string) => void>(() => {});

/**
 * A list of people whose rows change or leave with their own forms (a group's roster, a topic's
 * moderators): the heading, a live region for what the last change did, and the list (children).
 * A message on the row's form would vanish unheard when the page re-renders without the row, and
 * keyboard focus would fall to the page. The region is here, empty, from the start, so its words
 * are announced when they appear; focus moves to the heading, which stays. A refusal is said here
 * too: the refresh after it can take the row away (a person already removed in another tab).
 */
export function AnnouncedChanges({
  id,
  heading,
  lead,
  children,
}: {
  id: string;
  heading: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // A new key for each change: the same words twice (removed, added back, removed again) are read again.
  const [shown, setShown] = useState({ tone: "success" as Tone, message: "", count: 0 });
  const announce = useCallback((tone: Tone, message: string) => {
    setShown((previous) => ({ tone, message, count: previous.count + 1 }));
    ref.current?.focus();
  }, []);
  return (
    <Announce value={announce}>
      <h3 id={id} ref={ref} tabIndex={-1}>
        {heading}
      </h3>
      {lead}
      <div role="status">
        {shown.message ? (
          <p key={shown.count} className={`p-alert p-alert--${shown.tone}`}>
            {shown.message}
          </p>
        ) : null}
      </div>
      {children}
    </Announce>
  );
}

/**
 * `useActionState` for a form inside AnnouncedChanges: its answer, a change or a refusal, is said
 * by the list's region (in `confirmation`'s words when given, else the action's), and focus moves
 * to the list's heading. The state is still returned for field errors on the form.
 */
export function useAnnouncedAction(action: FormAction, confirmation?: string) {
  const announce = use(Announce);
  return useActionState(async (previous: FormResult, form: FormData) => {
    const result = await action(previous, form);
    if (result.status === "success") announce("success", confirmation ?? result.message);
    if (result.status === "error") announce("error", result.message);
    return result;
  }, idle as FormResult);
}
