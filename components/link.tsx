import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching: in a static export a prefetch reads per-segment files
 * (`__next.*.txt`) that the build does not keep, so navigation reads the page's one `.txt` instead.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
