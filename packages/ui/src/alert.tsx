import type { ReactNode } from "react";

/**
 * A message after an action. Errors use role="alert" so they are read at once; confirmations use
 * role="status" so they are read without interrupting.
 */
export function Alert({ tone, children }: { tone: "error" | "success" | "info" | "warning"; children: ReactNode }) {
  const role = tone === "error" ? "alert" : "status";
  return (
    <div role={role} className={`p-alert p-alert--${tone}`}>
      {children}
    </div>
  );
}
