import { Link } from "@/components/link";
import { LAYER_NAMES } from "@/lib/content/layers";
import type { Kind, LayerId, Role } from "@/lib/content/schema";
import { KIND_LABELS, ROLE_LABELS } from "@/lib/ui/labels";

export function RoleBadge({ role }: { role: Role }) {
  return (
    // Two short classes (app/globals.css): a badge repeats on every row of the biggest pages.
    <span className={`badge role-${role}`}>{ROLE_LABELS[role]}</span>
  );
}

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className="inline-block rounded border border-slate-300 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 dark:border-slate-600 dark:text-slate-200">
      {KIND_LABELS[kind]}
    </span>
  );
}

export function LayerChip({ id, href }: { id: LayerId; href?: string }) {
  const cls =
    "inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200";
  return href ? (
    <Link href={href} className={`${cls} hover:underline`}>
      {LAYER_NAMES[id]}
    </Link>
  ) : (
    <span className={cls}>{LAYER_NAMES[id]}</span>
  );
}
