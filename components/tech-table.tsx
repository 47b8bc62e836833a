import { LAYER_NAMES } from "@/lib/content/layers";
import type { TechRow } from "@/lib/search/technologies";
import { TechLink } from "./tech-link";

/** The technologies table; rendered on the server for the first paint and by the explorer after. */
export function TechTable({ rows }: { rows: TechRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <th scope="col" className="py-1 pr-3 font-medium">Technology</th>
            <th scope="col" className="py-1 pr-3 font-medium">Layer</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Primary</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Alternative</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Other</th>
            <th scope="col" className="py-1 font-medium">Versions seen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800/60">
              <td className="py-1 pr-3 font-medium">
                <TechLink id={r.id} name={r.name} className="text-brand-700 hover:underline dark:text-blue-300" />
              </td>
              <td className="py-1 pr-3">{LAYER_NAMES[r.layer]}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.primary}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.alternative}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.other}</td>
              <td className="py-1">{r.versions.slice(0, 6).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
