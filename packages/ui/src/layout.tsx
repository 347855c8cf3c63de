import type { ReactNode } from "react";

export function PageHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <header className="p-page-header">
      <h1>{title}</h1>
      {lead ? <p className="p-lead">{lead}</p> : null}
    </header>
  );
}

export function Section({ title, children, id }: { title: ReactNode; children: ReactNode; id?: string }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="p-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="p-visually-hidden">{children}</span>;
}
