/**
 * Text longer than `max` characters, cut to `keep` (max − 1 unless said, so "…" fits) and marked
 * with "…"; `atWord` also drops a word cut in half.
 */
export function clip(
  text: string,
  max: number,
  { keep = max - 1, atWord = false }: { keep?: number; atWord?: boolean } = {},
): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, keep);
  if (!atWord) return `${cut}…`;
  // A cut between two words keeps the last whole one; a cut through a word drops that word.
  const between = /\s/.test(text[keep] ?? "");
  return `${between ? cut.trimEnd() : cut.replace(/\s+\S*$/, "")}…`;
}
