import { RoleBadge } from "@/components/badges";
import { Link } from "@/components/link";
import type { Usage } from "@/lib/content/aggregate";
import { LAYER_NAMES } from "@/lib/content/layers";
import type { LayerId } from "@/lib/content/schema";

/**
 * One page of the stacks that use a technology: which stack, in what role, and why; the layer
 * only where a stack filed it under another than the technology's own (the page's heading).
 */
export function UseList({ uses, start, layer }: { uses: Usage[]; start: number; layer: LayerId }) {
  return (
    // Styled by .use-list in app/globals.css: 50 rows of utilities would triple the page's weight.
    <ol start={start} className="use-list">
      {uses.map((u, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list; a stack can use one technology twice
          key={`${u.slug}-${i}`}
        >
          <div>
            <Link href={`/stacks/${u.slug}`}>{u.title}</Link>
            <RoleBadge role={u.role} />
            {u.layer !== layer ? (
              <span className="muted">{`in ${LAYER_NAMES[u.layer]}`}</span>
            ) : null}
            {u.version ? <span className="num">{`v ${u.version}`}</span> : null}
          </div>
          {u.purpose ? <p>{u.purpose}</p> : null}
          {u.rationale ? <p className="muted">{`Why: ${u.rationale}`}</p> : null}
        </li>
      ))}
    </ol>
  );
}
