"use client";

import { createContext, use, useState, type ReactNode } from "react";

const Announce = createContext<(message: string) => void>(() => {});

export function useAnnounceDecision() {
  return use(Announce);
}

/**
 * The confirmation of a decision, shown above the queue: the decided card leaves the list when
 * the queue re-renders, and a message inside it would vanish before anyone could read or hear it.
 * The live region is always present so screen readers announce the message when it appears.
 */
export function DecisionStatus({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <Announce value={setMessage}>
      <div role="status">
        {message ? <p className="p-alert p-alert--success">{message}</p> : null}
      </div>
      {children}
    </Announce>
  );
}
