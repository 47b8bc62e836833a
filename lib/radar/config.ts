import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type Diagnostic, diagnostic } from "../content/diagnostics";
import { DEFAULT_THRESHOLDS, RINGS } from "./ring";

export const RADAR_FILE = "radar.json";

const share = z.number().min(0).max(1);
const override = z.object({ ring: z.enum(RINGS), reason: z.string().max(300).optional() });

export const radarFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Changes to the ring rule's thresholds; the rest keep their defaults. */
  thresholds: z
    .strictObject({
      adoptShare: share,
      adoptMin: z.number().int().min(1),
      rarelyPassedOver: share,
      recentShare: share,
    })
    .partial()
    .default({}),
  /** Rings set by hand, by technology id: `"jquery": "hold"` or `{ "ring": "hold", "reason": "…" }`. */
  rings: z
    .record(
      z.string().regex(/^[a-z0-9][a-z0-9.+#-]*$/),
      z.union([z.enum(RINGS).transform((ring) => ({ ring })), override], {
        error: `expected one of ${RINGS.join(", ")}, or { "ring": …, "reason": … }`,
      }),
    )
    .default({}),
});

export const radarConfigSchema = z.object({
  thresholds: z.object({
    adoptShare: share,
    adoptMin: z.number(),
    rarelyPassedOver: share,
    recentShare: share,
  }),
  rings: z.record(z.string(), override),
});
export type RadarConfig = z.infer<typeof radarConfigSchema>;

export const DEFAULT_RADAR_CONFIG: RadarConfig = { thresholds: DEFAULT_THRESHOLDS, rings: {} };

/** Reads an optional radar.json text; a bad one gives the defaults and an error naming the file. */
export function parseRadarConfig(
  text: string | undefined,
  file = RADAR_FILE,
): { config: RadarConfig; diagnostics: Diagnostic[] } {
  if (text === undefined) return { config: DEFAULT_RADAR_CONFIG, diagnostics: [] };
  const fail = (message: string) => ({
    config: DEFAULT_RADAR_CONFIG,
    diagnostics: [
      diagnostic(
        file,
        1,
        "radar-config",
        `${file}: ${message}; the radar uses its default rule instead.`,
      ),
    ],
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = radarFileSchema.safeParse(json);
  if (!parsed.success)
    return fail(
      parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`)
        .join("; "),
    );
  const { thresholds, rings } = parsed.data;
  return {
    config: { thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds }, rings },
    diagnostics: [],
  };
}

/** The radar settings of a content folder (its optional radar.json). */
export function loadRadarConfig(contentDir: string): ReturnType<typeof parseRadarConfig> {
  const path = join(contentDir, RADAR_FILE);
  return parseRadarConfig(existsSync(path) ? readFileSync(path, "utf8") : undefined);
}
