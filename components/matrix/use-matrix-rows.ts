"use client";

import { useEffect, useState } from "react";
import type { MatrixRow } from "@/lib/matrix/schema";

let pending: Promise<MatrixRow[]> | undefined;

/** Every stack's row, fetched once and only when a sort or page other than the first is asked for. */
export function useMatrixRows(needed: boolean): { rows?: MatrixRow[]; error?: string } {
  const [rows, setRows] = useState<MatrixRow[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!needed || rows) return;
    pending ??= fetch("/data/matrix.json").then((r) => {
      if (!r.ok) throw new Error(`matrix data: HTTP ${r.status}`);
      return r.json() as Promise<MatrixRow[]>;
    });
    pending.then(setRows, (e: unknown) => {
      pending = undefined;
      setError(e instanceof Error ? e.message : String(e));
    });
  }, [needed, rows]);
  return { rows, error };
}
