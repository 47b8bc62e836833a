import type { Metadata } from "next";
import { RadarExplorer } from "@/components/radar/radar-explorer";
import { RadarRule } from "@/components/radar/radar-rule";
import { RadarView } from "@/components/radar/radar-view";
import { Static } from "@/components/static";
import { getRadar, getRadarConfig, getTagCounts } from "@/lib/content/load";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Radar",
  description: "Every technology the stacks mention, placed in adopt, trial, assess or hold.",
};

export default function RadarPage() {
  const radar = getRadar();
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Technology radar</h1>
      <p className="mb-4 max-w-3xl text-slate-700 dark:text-slate-300">
        Drawn from the decisions the stacks record: what teams choose, try, weigh and move away
        from. Each dot links to its technology; the table beside it holds the same data.
      </p>
      <RadarExplorer
        tags={getTagCounts().map((t) => t.id)}
        technologies={radar.entries.length}
        stacks={radar.stacks}
        adoptMin={radar.adoptMin}
      >
        <Static id="/radar">
          <RadarView entries={radar.entries} />
        </Static>
      </RadarExplorer>
      <RadarRule config={getRadarConfig()} stacks={radar.stacks} adoptMin={radar.adoptMin} />
    </>
  );
}
