import { Link } from "@/components/link";
import { RING_LABELS } from "@/components/radar/ring-style";
import { TechLogo } from "@/components/tech-logo";
import type { TechnologyDetail } from "@/lib/content/aggregate";
import type { RadarEntry } from "@/lib/radar/build";

/** A technology's name, what it is, how the catalog uses it, and its ring on the radar. */
export function TechHeader({ t, ring }: { t: TechnologyDetail; ring?: RadarEntry }) {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">
        <TechLogo id={t.id} large />
        {t.name}
      </h1>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        {t.description ||
          "Not in the technology registry yet: add it to technologies.json to give it a description and layer."}
        {t.homepage ? (
          <>
            {" "}
            <a
              href={t.homepage}
              rel="noopener noreferrer"
              className="text-brand-700 underline dark:text-blue-300"
            >
              Homepage
            </a>
          </>
        ) : null}
      </p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Used by {t.stacks} {t.stacks === 1 ? "stack" : "stacks"}: {t.primary} as primary,{" "}
        {t.alternative} as alternative, {t.other} otherwise
        {t.versions.length ? ` · versions seen: ${t.versions.join(", ")}` : ""}
      </p>
      {ring ? (
        <p className="mt-2 text-sm" data-testid="tech-ring">
          On the{" "}
          <Link href="/radar" className="text-brand-700 underline dark:text-blue-300">
            radar
          </Link>
          : <strong>{RING_LABELS[ring.ring]}</strong> — {ring.reason}.
        </p>
      ) : null}
    </>
  );
}
