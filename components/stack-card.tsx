import { Link } from "@/components/link";
import type { SearchRecord } from "@/lib/search/records";
import { KindBadge, LayerChip } from "./badges";
import { TechLogo } from "./tech-logo";

const RELATION: Record<string, string> = { u: "Uses", p: "Plans", x: "Considered and rejected" };

/** How the stack relates to each filtered technology: "Uses Redis", "Plans Kafka", "Considered and rejected Redux". */
function Relations({ record, techs }: { record: SearchRecord; techs: string[] }) {
  const found = techs.flatMap((id) => {
    const at = record.i.indexOf(id);
    return at < 0 ? [] : [{ id, name: record.n[at], code: record.o[at] ?? "u" }];
  });
  if (!found.length) return null;
  return (
    <ul className="text-sm" aria-label="How it relates to the filtered technologies">
      {found.map((f) => (
        <li key={f.id} data-relation={f.code}>
          <span className="text-slate-600 dark:text-slate-400">{RELATION[f.code]} </span>
          <TechLogo id={f.id} />
          <strong>{f.name}</strong>
        </li>
      ))}
    </ul>
  );
}

/** A stack in the catalog grid; `matched` names the technologies the search hit, `techs` the ones filtered on. */
export function StackCard({
  record,
  matched,
  techs = [],
}: {
  record: SearchRecord;
  matched?: string[];
  techs?: string[];
}) {
  return (
    <article
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      aria-labelledby={`card-${record.s}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={`card-${record.s}`} className="text-base font-semibold leading-snug">
          <Link href={`/stacks/${record.s}`} className="hover:underline">
            {record.t}
          </Link>
        </h2>
        <KindBadge kind={record.k} />
      </div>
      {record.d ? (
        <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{record.d}</p>
      ) : null}
      {matched?.length ? (
        <p className="text-sm">
          <span className="text-slate-600 dark:text-slate-400">Uses </span>
          <mark className="rounded bg-yellow-200 px-1 text-slate-900">{matched.join(", ")}</mark>
        </p>
      ) : null}
      <Relations record={record} techs={techs} />
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
        {" · "}
        <a
          href={`/compare?stacks=${record.s}`}
          className="text-brand-700 underline dark:text-blue-300"
          aria-label={`Compare ${record.t} with another stack`}
        >
          Compare
        </a>
      </p>
    </article>
  );
}
