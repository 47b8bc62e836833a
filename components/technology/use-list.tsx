import { RoleBadge } from "@/components/badges";
import { Link } from "@/components/link";
import type { Usage } from "@/lib/content/aggregate";
import { LAYER_NAMES } from "@/lib/content/layers";

/** One page of the stacks that use a technology: which stack, in what role and layer, and why. */
export function UseList({ uses, start }: { uses: Usage[]; start: number }) {
  return (
    <ol start={start} className="space-y-3">
      {uses.map((u, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list; a stack can use one technology twice
          key={`${u.slug}-${i}`}
          className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/stacks/${u.slug}`}
              className="font-semibold text-brand-700 hover:underline dark:text-blue-300"
            >
              {u.title}
            </Link>
            <RoleBadge role={u.role} />
            <span className="text-slate-600 dark:text-slate-400">in {LAYER_NAMES[u.layer]}</span>
            {u.version ? <span className="tabular-nums">v {u.version}</span> : null}
          </div>
          {u.purpose ? <p className="mt-1">{u.purpose}</p> : null}
          {u.rationale ? (
            <p className="mt-1 text-slate-600 dark:text-slate-400">Why: {u.rationale}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
