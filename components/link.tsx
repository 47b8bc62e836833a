import type { AnchorHTMLAttributes } from "react";

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A plain link: every page is a whole prerendered document, so following a link loads it like
 * any static site would. Next's client router would instead fetch a `.txt` payload per page, a
 * third copy of every page in the export (issue 11); the build does not keep them.
 */
export function Link({ href, ...rest }: LinkProps) {
  return <a href={href} {...rest} />;
}
