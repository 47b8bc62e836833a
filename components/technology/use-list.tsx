import { RoleBadge } from "@/components/badges";
import { Link } from "@/components/link";
import type { Usage } from "@/lib/content/aggregate";
import { LAYER_NAMES } from "@/lib/content/layers";

/** One page of the stacks that use a technology: which stack, in what role and layer, and why. */
export function UseList({ uses, start }: { uses: Usage[]; start: number }) {
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
            <span className="muted">{`in ${LAYER_NAMES[u.layer]}`}</span>
            {u.version ? <span className="num">{`v ${u.version}`}</span> : null}
          </div>
          {u.purpose ? <p>{u.purpose}</p> : null}
          {u.rationale ? <p className="muted">{`Why: ${u.rationale}`}</p> : null}
        </li>
      ))}
    </ol>
  );
}
