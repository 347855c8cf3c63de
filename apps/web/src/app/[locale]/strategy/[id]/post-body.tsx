/**
 * A post's Markdown source shown as plain text (paragraphs kept) until the safe Markdown renderer
 * is wired in: React escapes it, so nothing in a post can become markup.
 */
export function PostBody({ body }: { body: string }) {
  const paragraphs = body.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return (
    <div className="p-post-body">
      {paragraphs.map((p, i) => (
        <p key={i} style={{ whiteSpace: "pre-wrap" }}>
          {p}
        </p>
      ))}
    </div>
  );
}
