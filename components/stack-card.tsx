import Link from "next/link";
import type { SearchRecord } from "@/lib/search/records";
import { KindBadge, LayerChip } from "./badges";

/** A stack in the catalog grid; `matched` names the technologies the search hit. */
export function StackCard({ record, matched }: { record: SearchRecord; matched?: string[] }) {
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby={`card-${record.s}`}>
      <div className="flex items-start justify-between gap-2">
        <h2 id={`card-${record.s}`} className="text-base font-semibold leading-snug">
          <Link href={`/stacks/${record.s}`} className="hover:underline">
            {record.t}
          </Link>
        </h2>
        <KindBadge kind={record.k} />
      </div>
      {record.d ? <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{record.d}</p> : null}
      {matched?.length ? (
        <p className="text-sm">
          <span className="text-slate-600 dark:text-slate-400">Uses </span>
          <mark className="rounded bg-yellow-200 px-1 text-slate-900">{matched.join(", ")}</mark>
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-1" aria-label="Layers covered">
        {record.l.map((l) => (
          <li key={l}>
            <LayerChip id={l} />
          </li>
        ))}
      </ul>
      <p className="mt-auto text-xs text-slate-600 dark:text-slate-400">
        {record.c} choices{record.u ? ` · updated ${record.u}` : ""}
        {record.g.length ? ` · ${record.g.map((g) => `#${g}`).join(" ")}` : ""}
      </p>
    </article>
  );
}
