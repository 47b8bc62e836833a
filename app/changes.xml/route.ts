import { getCatalog, getChanges } from "@/lib/content/load";
import { toAtomFeed } from "@/lib/history/atom";

export const dynamic = "force-static";

/** The latest decision changes as an Atom feed, a static file in the export. */
export function GET() {
  return new Response(toAtomFeed(getChanges(), getCatalog().builtAt), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
