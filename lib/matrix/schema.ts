import { z } from "zod";

/** A stack's cell in one layer: the technology shown, its name, how many more, 1 if chosen (0 if only considered); 0 for a gap. */
export const matrixCellSchema = z.union([
  z.literal(0),
  z.tuple([z.string(), z.string(), z.number().int(), z.union([z.literal(0), z.literal(1)])]),
]);
export type MatrixCell = z.infer<typeof matrixCellSchema>;

/** One stack of the matrix: slug, full title and a cell per layer, in LAYER_IDS order (kept terse: thousands load at once). */
export const matrixRowSchema = z.tuple([z.string(), z.string(), z.array(matrixCellSchema)]);
export type MatrixRow = z.infer<typeof matrixRowSchema>;
