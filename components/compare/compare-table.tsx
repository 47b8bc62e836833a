import { Link } from "@/components/link";
import type { Cell, Line, Row } from "@/lib/compare/align";
import { cellText, statusText } from "@/lib/compare/export";
import type { CompareStack } from "@/lib/compare/records";
import { LAYER_NAMES } from "@/lib/content/layers";
import { RoleBadge } from "../badges";
import { TechLink } from "../tech-link";

interface Props {
  stacks: CompareStack[];
  rows: Row[];
  slotLabel: (id: string) => string;
  onMove: (i: number, by: number) => void;
  onRemove: (slug: string) => void;
}

const STATUS_CLASS: Record<Line["status"], string> = {
  shared: "text-emerald-800 dark:text-emerald-300",
  "version-diff": "text-amber-800 dark:text-amber-300",
  different: "text-amber-800 dark:text-amber-300",
  partly: "text-slate-600 dark:text-slate-400",
  unique: "text-slate-600 dark:text-slate-400",
};

/** One stack's choice in a slot: name, version, role, and its reasons when the document gives them. */
function Choice({ cell }: { cell: Cell }) {
  const why = [cell.purpose, cell.rationale].filter(Boolean).join(" — ");
  return (
    <div className="mb-1 last:mb-0">
      <span className="inline-flex flex-wrap items-center gap-1">
        <TechLink id={cell.technology} name={cell.name} className="hover:underline" />
        {cell.version ? (
          <span className="tabular-nums text-slate-700 dark:text-slate-300">{cell.version}</span>
        ) : null}
        {cell.role !== "primary" ? <RoleBadge role={cell.role} /> : null}
        <span className="sr-only">{cellText(cell)}</span>
      </span>
      {why ? (
        <details className="text-xs text-slate-700 dark:text-slate-300">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">why</summary>
          {why}
        </details>
      ) : null}
    </div>
  );
}

function StackHeader({
  stack,
  i,
  count,
  onMove,
  onRemove,
}: { stack: CompareStack; i: number; count: number } & Pick<Props, "onMove" | "onRemove">) {
  const button = "rounded px-1 hover:bg-slate-100 disabled:opacity-30 dark:hover:bg-slate-800";
  return (
    <th
      scope="col"
      className="border-b border-slate-300 p-2 text-left align-bottom dark:border-slate-700"
      data-stack={stack.s}
    >
      <Link
        href={`/stacks/${stack.s}`}
        className="text-brand-700 hover:underline dark:text-blue-300"
      >
        {stack.t}
      </Link>
      <span className="no-print ml-2 inline-flex gap-1 font-normal">
        <button
          type="button"
          aria-label={`Move ${stack.t} left`}
          disabled={i === 0}
          onClick={() => onMove(i, -1)}
          className={button}
        >
          ←
        </button>
        <button
          type="button"
          aria-label={`Move ${stack.t} right`}
          disabled={i === count - 1}
          onClick={() => onMove(i, 1)}
          className={button}
        >
          →
        </button>
        <button
          type="button"
          aria-label={`Remove ${stack.t}`}
          onClick={() => onRemove(stack.s)}
          className={button}
        >
          ×
        </button>
      </span>
    </th>
  );
}

/** The comparison: a row per slot within each layer, a column per stack. Scrolls inside itself on phones. */
export function CompareTable({ stacks, rows, slotLabel, onMove, onRemove }: Props) {
  return (
    <div className="relative overflow-x-auto" data-testid="compare-scroll">
      <table
        className="print-table w-full min-w-[40rem] border-collapse text-sm"
        aria-label="Comparison by layer and slot"
      >
        <thead>
          <tr>
            <th
              scope="col"
              className="w-28 border-b border-slate-300 p-2 text-left dark:border-slate-700"
            >
              Layer
            </th>
            <th
              scope="col"
              className="w-36 border-b border-slate-300 p-2 text-left dark:border-slate-700"
            >
              For
            </th>
            {stacks.map((s, i) => (
              <StackHeader
                key={s.s}
                stack={s}
                i={i}
                count={stacks.length}
                onMove={onMove}
                onRemove={onRemove}
              />
            ))}
            <th
              scope="col"
              className="border-b border-slate-300 p-2 text-left dark:border-slate-700"
            >
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.lines.map((line, li) => (
              <tr
                key={`${row.layer}-${line.slot}`}
                data-slot={line.slot}
                data-status={line.status}
                className="border-b border-slate-100 align-top dark:border-slate-800"
              >
                {li === 0 ? (
                  <th
                    scope="rowgroup"
                    rowSpan={row.lines.length}
                    className="p-2 text-left font-semibold"
                  >
                    {LAYER_NAMES[row.layer]}
                  </th>
                ) : null}
                <th
                  scope="row"
                  className="p-2 text-left font-normal text-slate-700 dark:text-slate-300"
                >
                  {slotLabel(line.slot)}
                </th>
                {line.cells.map((cell, ci) => (
                  <td
                    key={stacks[ci].s}
                    className={`p-2 ${cell.length && line.status === "shared" ? "bg-emerald-50 dark:bg-emerald-950/40" : ""}`}
                  >
                    {cell.length ? (
                      cell.map((c) => <Choice key={c.technology} cell={c} />)
                    ) : (
                      <span className="text-slate-400">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">not in this stack</span>
                      </span>
                    )}
                  </td>
                ))}
                <td className={`p-2 text-xs ${STATUS_CLASS[line.status]}`}>
                  {statusText(line, stacks)}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
