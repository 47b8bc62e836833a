/** A technology's logo tile, decorative beside its name: a static SVG file the build wrote, never inlined. */
export function TechLogo({ id, size = 16 }: { id: string; size?: number }) {
  return (
    // biome-ignore lint/performance/noImgElement: a static export serves these small SVG files as they are
    <img
      src={`/logos/${id}.svg`}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      data-logo={id}
      className="mr-1.5 inline-block shrink-0 align-[-3px]"
    />
  );
}
