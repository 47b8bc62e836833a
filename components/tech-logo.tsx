import { logoUrlOf } from "@/lib/logos/file";

/**
 * A technology's logo tile, decorative beside its name: a small image the build wrote
 * (public/logos/<id>.svg), decoded off the main thread (a keystroke's results paint without
 * waiting for their tiles) and fetched when it nears the screen: a page of 120 rows loads the dozen
 * tiles in view, not 120. `large` is the tile at the top of a technology's page, loaded at once.
 * Its size and spacing come from the `logo` class (app/globals.css), so a page of 30 tiles does not
 * repeat the same six attributes 30 times; the stylesheet is loaded before the first paint, so the
 * tile takes its place without a layout shift.
 */
export function TechLogo({ id, large = false }: { id: string; large?: boolean }) {
  return (
    // biome-ignore lint/performance/noImgElement: a static export has no image optimiser to use
    <img
      src={logoUrlOf(id)}
      alt=""
      decoding="async"
      loading={large ? undefined : "lazy"}
      className={large ? "logo logo-lg" : "logo"}
    />
  );
}
