const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Reads a date as written (`2024-03-16`, `October 2025`, `16 March 2024`) into ISO form; year-month when no day is given. */
export function toIsoDate(text: string): string | undefined {
  const t = text.trim();
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(t);
  if (iso) return onCalendar(iso[1], iso[2], iso[3]);
  const named = /\b(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b/.exec(t);
  if (named) {
    const month = MONTHS.indexOf(named[2].slice(0, 3).toLowerCase());
    if (month >= 0) {
      const mm = String(month + 1).padStart(2, "0");
      const day = named[1] ?? named[3];
      return day ? `${named[4]}-${mm}-${day.padStart(2, "0")}` : `${named[4]}-${mm}`;
    }
  }
  const slash = /\b(\d{1,2})\/(\d{4})\b/.exec(t);
  if (slash) return `${slash[2]}-${slash[1].padStart(2, "0")}`;
  return undefined;
}

/** `YYYY-MM(-DD)` when that month (and day) exists: `2024-02-30` and `2024-13` do not. */
function onCalendar(year: string, month: string, day?: string): string | undefined {
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (!day) return `${year}-${month}`;
  const last = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = Number(day);
  return d >= 1 && d <= last ? `${year}-${month}-${day}` : undefined;
}

/** The document's date: frontmatter first, else a "Last updated: …" line. */
export function toUpdated(value: string | Date | undefined, source: string): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === "string") {
    const d = toIsoDate(value);
    if (d) return d;
  }
  // "Last updated: …", "**Date**: …", "| Date | … |", "Stand 2026-09-15", "변경 이력: …": the latest.
  const dates = [...source.matchAll(DATE_LINE)].flatMap((m) => toIsoDate(m[1]) ?? []);
  return dates.sort().pop();
}

const DATE_LINE =
  /(?:(?:last\s+)?(?:updated|reviewed|revised|modified)|date|as of|researched|stand|zuletzt aktualisiert|datum|fecha|actualizado|atualizado|data|mis à jour|dernière mise à jour|aggiornato|zaktualizowano|обновлено|дата|更新日?|最終更新|日付|日期|作成日|작성일|변경 이력|수정일)\**\s*(?:on|at)?\s*[:：|]?\s*\**\s*([^\n*_|]{4,40})/gi;
