import { LAYER_NAMES } from "@/lib/content/layers";
import type { TechRow } from "@/lib/search/technologies";
import { TechLink } from "./tech-link";

/** The technologies table; rendered on the server for the first paint and by the explorer after. */
export function TechTable({ rows }: { rows: TechRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table min-w-[36rem]">
        <thead>
          <tr>
            <th scope="col">Technology</th>
            <th scope="col">Layer</th>
            <th scope="col" className="num">
              Primary
            </th>
            <th scope="col" className="num">
              Alternative
            </th>
            <th scope="col" className="num">
              Other
            </th>
            <th scope="col">Versions seen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <TechLink id={r.id} name={r.name} />
              </td>
              <td>{LAYER_NAMES[r.layer]}</td>
              <td className="num">{r.primary}</td>
              <td className="num">{r.alternative}</td>
              <td className="num">{r.other}</td>
              <td>{r.versions.slice(0, 6).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
