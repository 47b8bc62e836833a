import { renderMermaidSVG } from "beautiful-mermaid";

const MAX_SOURCE = 20_000;

export interface MermaidImage {
  src: string;
  width: number;
  height: number;
}

/** Draws a mermaid diagram as an SVG data URI, or undefined when it cannot be drawn (the code stays as text). */
export function toMermaidImage(source: string): MermaidImage | undefined {
  if (source.length > MAX_SOURCE) return undefined;
  try {
    const svg = renderMermaidSVG(source, { font: "system-ui, sans-serif", transparent: false })
      // Fonts would be fetched from another origin: the system font is enough.
      .replace(/@import\s+url\([^)]*\)\s*;?/g, "");
    const width = Math.round(Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 600));
    const height = Math.round(Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 300));
    return {
      src: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
      width,
      height,
    };
  } catch {
    return undefined;
  }
}
