// The ring rule: pure, zod-free and small, because the radar's filter runs it in the browser too.

export const RINGS = ["adopt", "trial", "assess", "hold"] as const;
export type Ring = (typeof RINGS)[number];

export interface Thresholds {
  /** Adopt needs primary use in at least this share of the stacks counted… */
  adoptShare: number;
  /** …and never fewer stacks than this. */
  adoptMin: number;
  /** Adopt allows being passed over in at most this share of the stacks that chose it. */
  rarelyPassedOver: number;
  /** A stack is recent when its date is among the newest this share of dated stacks. */
  recentShare: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  adoptShare: 0.15,
  adoptMin: 2,
  rarelyPassedOver: 0.25,
  recentShare: 0.2,
};

/** What the catalog says about one technology, counted in stacks. */
export interface RingCounts {
  /** Primary in a live stack. */
  chosen: number;
  /** Listed as an alternative, i.e. considered and rejected. */
  passedOver: number;
  /** Primary in a deprecated, superseded or rejected decision: being migrated away from. */
  retired: number;
  planned: number;
  option: number;
  example: number;
  /** Every stack that chose it is among the recent ones. */
  recent: boolean;
}

export interface RingVerdict {
  ring: Ring;
  reason: string;
}

/** The fewest primary stacks that can make adopt, for a catalog (or filtered view) of this size. */
export function adoptMinimum(stacks: number, t: Thresholds): number {
  return Math.max(t.adoptMin, Math.ceil(t.adoptShare * stacks));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The counts in words: "primary in 9 stacks, considered and rejected in 2". */
export function describeCounts(c: RingCounts): string {
  const parts = [
    c.chosen ? `primary in ${plural(c.chosen, "stack")}` : "",
    c.passedOver ? `considered and rejected in ${c.passedOver}` : "",
    c.retired ? `primary in ${plural(c.retired, "retired decision")}` : "",
    c.planned ? `planned in ${c.planned}` : "",
    c.option ? `an option in ${c.option}` : "",
    c.example ? `an example in ${c.example}` : "",
  ].filter(Boolean);
  return parts.join(", ") || "no recorded use";
}

/** The ring a technology earns from its counts, with the reason in words; first matching rule wins. */
export function ringFor(c: RingCounts, stacks: number, t: Thresholds): RingVerdict {
  const facts = describeCounts(c);
  const against = c.passedOver + c.retired;
  const min = adoptMinimum(stacks, t);
  if (against > c.chosen)
    return { ring: "hold", reason: `${facts}: more often passed over than chosen` };
  if (c.chosen >= min && against <= t.rarelyPassedOver * c.chosen) {
    if (!c.recent)
      return {
        ring: "adopt",
        reason: `${facts}: primary in at least ${min} stacks and rarely passed over`,
      };
    return { ring: "trial", reason: `${facts}: widely chosen but only in recent documents` };
  }
  if (c.chosen >= min)
    return { ring: "trial", reason: `${facts}: widely chosen but passed over too often for adopt` };
  if (c.chosen > 0)
    return { ring: "trial", reason: `${facts}: primary in a few stacks (adopt needs ${min})` };
  return { ring: "assess", reason: `${facts}: planned or offered as an option, not yet chosen` };
}
