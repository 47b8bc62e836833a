import { renderMermaidSVG } from "beautiful-mermaid";

const MAX_SOURCE = 20_000;

/** Draws a mermaid diagram as an SVG data URI, or undefined when it cannot be drawn (the code stays as text). */
export function toMermaidDataUri(source: string): string | undefined {
  if (source.length > MAX_SOURCE) return undefined;
  try {
    const svg = renderMermaidSVG(source, { font: "system-ui, sans-serif", transparent: false })
      // Fonts would be fetched from another origin: the system font is enough.
      .replace(/@import[^;]*;/g, "");
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  } catch {
    return undefined;
  }
}
