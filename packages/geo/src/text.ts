/**
 * Matching keys for place names typed by people: "Nueva York", "nueva york" and "NUEVA  YORK"
 * must meet, and so must "St. Louis" and "Saint Louis" (the ZIP data spells the long form).
 */
export function normalizeName(text: string): string {
  // Most names are plain ASCII: skipping Unicode decomposition for them keeps indexing the
  // 40,000 ZIP codes cheap.
  const bare = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFD").replace(/\p{M}/gu, "");
  return bare
    .toLowerCase()
    .replace(/[.'’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const ABBREVIATIONS: Record<string, string> = {
  st: "saint",
  ste: "sainte",
  ft: "fort",
  mt: "mount",
  pt: "point",
};

/**
 * normalizeName plus common abbreviations spelled out. Only for the city or county part of a
 * query: applied to a whole query it would read "Helena MT" as "helena mount".
 */
export function placeKey(text: string): string {
  return normalizeName(text)
    .split(" ")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}
