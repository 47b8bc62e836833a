import { logoUrlOf } from "@/lib/logos/file";

/**
 * A technology's logo tile, decorative beside its name: a small image the build wrote
 * (public/logos/<id>.svg), decoded off the main thread and fetched when it nears the screen: a
 * page of 120 rows loads the dozen tiles in view, not 120. `eager` is for a tile at the top.
 */
export function TechLogo({
  id,
  size = 16,
  eager = false,
}: {
  id: string;
  size?: number;
  eager?: boolean;
}) {
  return (
    // biome-ignore lint/performance/noImgElement: a static export has no image optimiser to use
    <img
      src={logoUrlOf(id)}
      width={size}
      height={size}
      alt=""
      decoding="async"
      loading={eager ? "eager" : "lazy"}
      data-logo={id}
      className="mr-1.5 inline-block shrink-0 align-[-3px]"
    />
  );
}
