import { getCatalog } from "@/lib/content/load";

export const dynamic = "force-static";

/** The whole catalog in the parse contract (`{stacks, diagnostics}`), for other tools. */
export function GET() {
  const { stacks, diagnostics } = getCatalog();
  return Response.json({ stacks, diagnostics });
}
