import type { LayerId, Role } from "../content/schema";
import { LAYER_IDS } from "../content/constants";
import type { CompareStack } from "./records";

/** What one stack says about one technology in one layer. */
export interface Cell {
  name: string;
  role: Role;
  version?: string;
}

export type LineStatus = "shared" | "partly-shared" | "unique" | "version-diff";

/** One technology across the compared stacks: a cell per stack, null where the stack lacks it. */
export interface Line {
  technology: string;
  name: string;
  cells: Array<Cell | null>;
  status: LineStatus;
  /** Index of the only stack that has it, when unique. */
  owner?: number;
}

export interface Row {
  layer: LayerId;
  lines: Line[];
}

export interface CompareOptions {
  /** Also show alternatives and planned choices (options and examples always show). */
  includeAll?: boolean;
  /** Keep only lines that differ between the stacks. */
  onlyDifferences?: boolean;
}

const DEFAULT_ROLES: Role[] = ["primary", "option", "example"];
const ROLE_ORDER: Record<Role, number> = { primary: 0, option: 1, example: 2, planned: 3, alternative: 4 };

export function rolesShown(options: CompareOptions): Role[] {
  return options.includeAll ? ["primary", "option", "example", "planned", "alternative"] : DEFAULT_ROLES;
}

function statusOf(cells: Array<Cell | null>): { status: LineStatus; owner?: number } {
  const present = cells.flatMap((c, i) => (c ? [i] : []));
  if (present.length === 1) return { status: "unique", owner: present[0] };
  const versions = new Set(present.map((i) => cells[i]?.version).filter(Boolean));
  if (versions.size > 1) return { status: "version-diff" };
  return { status: present.length === cells.length ? "shared" : "partly-shared" };
}

/**
 * Aligns two to four stacks by canonical layer and technology: the same technology in several
 * stacks shares one line; rows keep canonical layer order and only layers someone covers.
 */
export function alignStacks(stacks: CompareStack[], options: CompareOptions = {}): Row[] {
  const roles = rolesShown(options);
  const rows: Row[] = [];
  for (const layer of LAYER_IDS) {
    const byTech = new Map<string, Line>();
    stacks.forEach((stack, i) => {
      for (const [l, technology, name, role, version] of stack.c) {
        if (l !== layer || !roles.includes(role)) continue;
        const line = byTech.get(technology) ?? { technology, name, cells: stacks.map(() => null), status: "unique" as LineStatus };
        const prev = line.cells[i];
        // A technology listed twice in one layer of a stack keeps its firmer role.
        if (!prev || ROLE_ORDER[role] < ROLE_ORDER[prev.role]) line.cells[i] = { name, role, version: version ?? prev?.version };
        byTech.set(technology, line);
      }
    });
    if (!byTech.size) continue;
    let lines = [...byTech.values()].map((line) => ({ ...line, ...statusOf(line.cells) }));
    // Shared lines first, then by the first stack that has them; ties keep document order.
    lines.sort((a, b) => presentCount(b) - presentCount(a) || firstIndex(a) - firstIndex(b));
    if (options.onlyDifferences) lines = lines.filter((l) => l.status !== "shared");
    rows.push({ layer, lines });
  }
  return options.onlyDifferences ? rows.filter((r) => r.lines.length) : rows;
}

const presentCount = (l: Line) => l.cells.filter(Boolean).length;
const firstIndex = (l: Line) => l.cells.findIndex(Boolean);

/** Jaccard similarity of two stacks' primary technologies (0 when neither has any). */
export function similarity(a: CompareStack, b: CompareStack): number {
  const pa = new Set(a.c.filter((c) => c[3] === "primary").map((c) => c[1]));
  const pb = new Set(b.c.filter((c) => c[3] === "primary").map((c) => c[1]));
  const union = new Set([...pa, ...pb]);
  if (!union.size) return 0;
  let inter = 0;
  for (const id of pa) if (pb.has(id)) inter++;
  return inter / union.size;
}

export interface Summary {
  /** Technologies every compared stack has. */
  shared: Array<{ technology: string; name: string }>;
  /** Per stack, the technologies only it has. */
  unique: Array<Array<{ technology: string; name: string }>>;
  /** Jaccard over primary technologies for every pair. */
  pairs: Array<{ a: number; b: number; score: number }>;
  /** Per stack, the layers another compared stack covers and it does not. */
  gaps: LayerId[][];
}

export function summarise(stacks: CompareStack[], rows: Row[]): Summary {
  const shared = new Map<string, string>();
  const unique = stacks.map(() => new Map<string, string>());
  for (const row of rows) {
    for (const line of row.lines) {
      if (line.cells.every(Boolean)) shared.set(line.technology, line.name);
      else if (line.status === "unique" && line.owner !== undefined) unique[line.owner].set(line.technology, line.name);
    }
  }
  const covered = stacks.map((_, i) => new Set(rows.filter((r) => r.lines.some((l) => l.cells[i])).map((r) => r.layer)));
  const union = new Set(rows.map((r) => r.layer));
  const pairs: Summary["pairs"] = [];
  for (let a = 0; a < stacks.length; a++) for (let b = a + 1; b < stacks.length; b++) pairs.push({ a, b, score: similarity(stacks[a], stacks[b]) });
  const toList = (m: Map<string, string>) => [...m].map(([technology, name]) => ({ technology, name }));
  return {
    shared: toList(shared),
    unique: unique.map(toList),
    pairs,
    gaps: covered.map((set) => LAYER_IDS.filter((l) => union.has(l) && !set.has(l))),
  };
}
