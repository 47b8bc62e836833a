import { coverage } from "@/lib/matrix/rows";
import type { MatrixCell, MatrixRow } from "@/lib/matrix/schema";
import type { MatrixSort } from "@/lib/matrix/sort";
import { choiceHref } from "@/lib/ui/anchors";

interface Props {
  rows: MatrixRow[];
  /** Layer ids and names, the columns in order. */
  layers: Array<[id: string, name: string]>;
  /** Per layer, how many stacks chose something for it. */
  columnCoverage: number[];
  total: number;
  sort: MatrixSort;
}

interface CellProps {
  cell: MatrixCell;
  slug: string;
  /** The stack's title, read after the technology's name. */
  stack: string;
  layer: string;
}

function Cell({ cell, slug, stack, layer }: CellProps) {
  if (cell === 0)
    return (
      <td className="gap">
        <span aria-hidden="true">–</span>
        <span className="sr-only">gap</span>
      </td>
    );
  const [tech, name, more, chosen] = cell;
  return (
    <td className={chosen ? undefined : "considered"}>
      <a href={choiceHref(slug, layer, tech)}>
        {name}
        {/* "Go" alone reads as a bare verb to search engines and screen readers: say where it leads. */}
        <span className="sr-only"> in {stack}</span>
      </a>
      {chosen ? null : <span className="sr-only"> (considered, not chosen)</span>}
      {more ? <span className="more"> +{more}</span> : null}
    </td>
  );
}

/** Stacks down, layers across: what each stack chose per layer, gaps marked, each cell a link to the choice. */
export function MatrixTable({ rows, layers, columnCoverage, total, sort }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
    <section className="matrix-scroll" aria-label="Stacks by layer" tabIndex={0}>
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col" aria-sort={sort === "name" ? "ascending" : undefined}>
              Stack
            </th>
            <th
              scope="col"
              aria-sort={
                sort === "coverage" ? "descending" : sort === "gaps" ? "ascending" : undefined
              }
            >
              Layers
            </th>
            {layers.map(([id, name], i) => (
              <th key={id} scope="col" title={`${columnCoverage[i]} of ${total} stacks`}>
                <a href={`/layers/${id}`}>{name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]}>
              <th scope="row">
                <a href={`/stacks/${row[0]}`}>{row[1]}</a>
              </th>
              <td className="num">{coverage(row)}</td>
              {row[2].map((cell, i) => (
                <Cell
                  key={layers[i][0]}
                  cell={cell}
                  slug={row[0]}
                  stack={row[1]}
                  layer={layers[i][0]}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
