import { logoUrlOf } from "@/lib/logos/file";

/**
 * A technology's logo tile, decorative beside its name: a small image the build wrote
 * (public/logos/<id>.svg), decoded off the main thread and fetched only by pages that show it.
 */
export function TechLogo({ id, size = 16 }: { id: string; size?: number }) {
  return (
    // biome-ignore lint/performance/noImgElement: a static export has no image optimiser to use
    <img
      src={logoUrlOf(id)}
      width={size}
      height={size}
      alt=""
      decoding="async"
      data-logo={id}
      className="mr-1.5 inline-block shrink-0 align-[-3px]"
    />
  );
}
