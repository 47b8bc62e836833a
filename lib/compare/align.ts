import { LAYER_IDS } from "../content/constants";
import type { LayerId, Role } from "../content/schema";
import type { CompareStack } from "./records";

/** One choice of one stack in one slot. */
export interface Cell {
  technology: string;
  name: string;
  role: Role;
  version?: string;
  purpose?: string;
  rationale?: string;
}

/**
 * shared: every stack made the same choice; version-diff: the same technologies in other versions;
 * different: every stack filled the slot, not all alike; partly: some stacks filled it; unique: one did.
 */
export type LineStatus = "shared" | "version-diff" | "different" | "partly" | "unique";

/** One slot across the compared stacks: the choices of each stack in it (empty where it has none). */
export interface Line {
  slot: string;
  cells: Cell[][];
  status: LineStatus;
  /** Index of the only stack that fills the slot, when unique. */
  owner?: number;
}

export interface Row {
  layer: LayerId;
  lines: Line[];
}

export interface CompareOptions {
  /** Also show alternatives: choices considered and not made. */
  includeAll?: boolean;
  /** Keep only lines where the stacks did not all make the same choice. */
  onlyDifferences?: boolean;
  /** The order slots are shown in within a layer (the taxonomy's); unknown slots go last. */
  slotOrder?: string[];
}

// Planned, option and example choices show by default, marked; alternatives only when asked.
const DEFAULT_ROLES: Role[] = ["primary", "planned", "option", "example"];
const ROLE_ORDER: Record<Role, number> = {
  primary: 0,
  planned: 1,
  option: 2,
  example: 3,
  alternative: 4,
};

export function rolesShown(options: CompareOptions): Role[] {
  return options.includeAll ? [...DEFAULT_ROLES, "alternative"] : DEFAULT_ROLES;
}

/** Whether a role is a decision made (primary) or something else (planned, an option, passed over). */
const decided = (role: Role) => role === "primary" || role === "example";
const signature = (cells: Cell[]) =>
  cells
    .map((c) => `${c.technology}:${decided(c.role) ? "chosen" : c.role}`)
    .sort()
    .join(",");

function statusOf(cells: Cell[][]): { status: LineStatus; owner?: number } {
  const filled = cells.flatMap((c, i) => (c.length ? [i] : []));
  if (filled.length === 1) return { status: "unique", owner: filled[0] };
  if (filled.length < cells.length) return { status: "partly" };
  const same = new Set(cells.map(signature)).size === 1;
  if (!same) return { status: "different" };
  const versions = (i: number) =>
    cells[i]
      .map((c) => `${c.technology}@${c.version ?? ""}`)
      .sort()
      .join(",");
  const anyVersion = cells.some((c) => c.some((x) => x.version));
  return {
    status:
      anyVersion && new Set(cells.map((_, i) => versions(i))).size > 1 ? "version-diff" : "shared",
  };
}

/** Adds a choice to its stack's cell, keeping the firmer role when a technology appears twice. */
function place(cell: Cell[], next: Cell): void {
  const prev = cell.find((c) => c.technology === next.technology);
  if (!prev) cell.push(next);
  else if (ROLE_ORDER[next.role] < ROLE_ORDER[prev.role])
    Object.assign(prev, next, { version: next.version ?? prev.version });
}

/**
 * Aligns two to four stacks by what each choice is for: rows are slots within canonical layers,
 * so MongoDB and PostgreSQL share MERN vs T3's "Relational/Document database" lines only when they
 * fill the same slot, and React and Angular share "UI framework".
 */
export function alignStacks(stacks: CompareStack[], options: CompareOptions = {}): Row[] {
  const roles = rolesShown(options);
  const order = new Map((options.slotOrder ?? []).map((s, i) => [s, i]));
  const rows: Row[] = [];
  for (const layer of LAYER_IDS) {
    const bySlot = new Map<string, Cell[][]>();
    stacks.forEach((stack, i) => {
      for (const [l, slot, technology, name, role, version, purpose, rationale] of stack.c) {
        if (l !== layer || !roles.includes(role)) continue;
        const cells = bySlot.get(slot) ?? stacks.map(() => []);
        place(cells[i], {
          technology,
          name,
          role,
          version: version || undefined,
          purpose: purpose || undefined,
          rationale: rationale || undefined,
        });
        bySlot.set(slot, cells);
      }
    });
    if (!bySlot.size) continue;
    const rank = (slot: string) => order.get(slot) ?? Number.MAX_SAFE_INTEGER;
    let lines: Line[] = [...bySlot].map(([slot, cells]) => ({ slot, cells, ...statusOf(cells) }));
    lines.sort((a, b) => rank(a.slot) - rank(b.slot) || a.slot.localeCompare(b.slot));
    if (options.onlyDifferences) lines = lines.filter((l) => l.status !== "shared");
    if (lines.length) rows.push({ layer, lines });
  }
  return rows;
}

/** The technologies a stack commits to: its primary choices and, for a plan, its planned ones. */
function commitments(stack: CompareStack): Set<string> {
  return new Set(stack.c.filter((c) => c[4] === "primary" || c[4] === "planned").map((c) => c[2]));
}

/** Jaccard similarity of two stacks' primary and planned technologies (0 when neither has any). */
export function similarity(a: CompareStack, b: CompareStack): number {
  const pa = commitments(a);
  const pb = commitments(b);
  const union = new Set([...pa, ...pb]);
  if (!union.size) return 0;
  let inter = 0;
  for (const id of pa) if (pb.has(id)) inter++;
  return inter / union.size;
}
