"use client";

import { takeRegion } from "@/lib/ui/static-regions";

// An empty inner HTML tells React to leave the server's markup inside untouched when it hydrates.
const KEEP = { __html: "" };

/**
 * Markup the server renders once and the browser keeps as it is: it is not in the page's React
 * payload and never hydrates (components/static.tsx). Its content may hold no client component.
 */
export function StaticRegion({ id, className }: { id: string; className?: string }) {
  if (typeof window !== "undefined")
    return (
      // biome-ignore lint/security/noDangerouslySetInnerHtml: an empty string, to keep the server's markup
      <div className={className} suppressHydrationWarning dangerouslySetInnerHTML={KEEP} />
    );
  const content = takeRegion(id);
  if (content === undefined) throw new Error(`static region "${id}" was never registered`);
  return <div className={className}>{content}</div>;
}
