import type { ReactNode } from "react";
import { putRegion } from "@/lib/ui/static-regions";
import { StaticRegion } from "./static-region";

interface Props {
  /** Unique in the whole build: the page's path and the region's name. */
  id: string;
  className?: string;
  /** Server components only: links, tables, text. Nothing in here runs in the browser. */
  children: ReactNode;
}

/**
 * Content that reads the same with or without JavaScript, shipped once as HTML: a page's React
 * payload repeats every element it renders, which had made the export twice its HTML (issue 11).
 */
export function Static({ id, className, children }: Props) {
  putRegion(id, children);
  return <StaticRegion id={id} className={className} />;
}
