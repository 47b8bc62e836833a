import type { ReactNode } from "react";

// The server components and the server render of client components are separate module graphs
// in one process: a registry on globalThis is the one place both see.
const KEY = Symbol.for("stack-atlas.static-regions");
type Registry = Map<string, ReactNode>;
const registry = (): Registry => {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= new Map();
  return g[KEY];
};

/** Keeps what a static region shows until the server render of the page asks for it. */
export function putRegion(id: string, content: ReactNode): void {
  registry().set(id, content);
}

/**
 * What the region shows, or undefined when no server component registered it. Taken out, so a
 * build of 10,000 pages does not hold every page's tree; a second read fails the build loudly.
 */
export function takeRegion(id: string): ReactNode | undefined {
  const content = registry().get(id);
  registry().delete(id);
  return content;
}
