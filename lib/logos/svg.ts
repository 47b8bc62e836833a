// Logo tiles, one small SVG file each: the brand mark on a backdrop it contrasts with, in either theme.

const WHITE = "#ffffff";
const INK = "#0f172a";
const EDGE = "#94a3b8";

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `RRGGBB` colours (with or without `#`). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a.replace("#", "")), luminance(b.replace("#", ""))].sort(
    (m, n) => n - m,
  );
  return (x + 0.05) / (y + 0.05);
}

/** Mark and backdrop colours: the brand colour where it reaches 3:1 on white or ink, else ink on white. */
export function tileColours(hex: string): { fg: string; bg: string } {
  const brand = `#${hex.replace("#", "")}`;
  if (contrast(brand, WHITE) >= 3) return { fg: brand, bg: WHITE };
  if (contrast(brand, INK) >= 3) return { fg: brand, bg: INK };
  return { fg: INK, bg: WHITE };
}

const frame = (bg: string, inner: string) =>
  `<rect x="0.5" y="0.5" width="31" height="31" rx="6" fill="${bg}" stroke="${EDGE}"/>${inner}`;

/** A simple-icons path (24×24) centred on its 32×32 tile. */
export function iconTile(path: string, hex: string): string {
  const { fg, bg } = tileColours(hex);
  return frame(bg, `<path transform="translate(5 5) scale(0.9167)" fill="${fg}" d="${path}"/>`);
}

/** One or two letters for a technology without a logo: "Apache Kafka" → "AK", "tRPC" → "TR". */
export function monogramOf(name: string): string {
  const words = name
    .split(/[\s\-_./]+/)
    .map((w) => [...w.replace(/[^\p{L}\p{N}]/gu, "")])
    .filter((w) => w.length);
  if (!words.length) return "?";
  // Several words: the first and last initials; one word: its first two letters.
  if (words.length > 1) return `${words[0][0]}${words[words.length - 1][0]}`.toUpperCase();
  return words[0][0].toUpperCase() + (words[0][1] ?? "");
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A neutral tile with the technology's monogram. */
export function monogramTile(name: string): string {
  return frame(
    "#e2e8f0",
    `<text x="16" y="16" dy="0.35em" text-anchor="middle" font-family="system-ui,sans-serif" font-size="14" font-weight="600" fill="${INK}">${escapeXml(monogramOf(name))}</text>`,
  );
}

/** A tile as a file of its own, drawn by `<img src="/logos/<id>.svg">`. */
export function tileFile(tile: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">${tile}</svg>\n`;
}
