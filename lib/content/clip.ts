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
  return `${atWord ? cut.replace(/\s+\S*$/, "") : cut}…`;
}
