"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

const EMPTY = new URLSearchParams();

/**
 * The page's query parameters, empty during hydration: the static HTML was rendered without a
 * query, so the first client render must match it before the real parameters apply.
 */
export function useUrlParams(): Pick<URLSearchParams, "getAll" | "get" | "toString"> {
  const params = useSearchParams();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? params : EMPTY;
}
