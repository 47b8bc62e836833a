import { z } from "zod";
import { layerIdSchema, roleSchema } from "../content/schema";

export const choiceChangeSchema = z.object({
  /** Added, removed, moved to another version, or given another role. */
  kind: z.enum(["added", "removed", "version", "role"]),
  technology: z.string(),
  name: z.string(),
  layer: layerIdSchema,
  /** Version or role before and after (for `version` and `role` changes). */
  from: z.string().optional(),
  to: z.string().optional(),
  /** The role of an added or removed choice. */
  role: roleSchema,
});
export type ChoiceChange = z.infer<typeof choiceChangeSchema>;

export const historyEntrySchema = z.object({
  commit: z.string(),
  /** Commit date, ISO 8601 with its offset. */
  date: z.string(),
  /** The document's name at that commit. */
  file: z.string(),
  /** `added`: the document appeared; `earliest`: a shallow clone's history starts here. */
  event: z.enum(["added", "changed", "renamed", "earliest"]),
  /** The name it had before, for a rename. */
  from: z.string().optional(),
  /** What the choices gained and lost; empty for `added` and `earliest`, which give `count`. */
  changes: z.array(choiceChangeSchema),
  /** How many technologies the stack named in this version. */
  count: z.number().int().nonnegative(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Each stack's history by slug, newest change first; empty outside git. */
export const historySchema = z.record(z.string(), z.array(historyEntrySchema));
export type History = z.infer<typeof historySchema>;
