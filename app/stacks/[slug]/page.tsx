import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparePicker } from "@/components/compare-picker";
import { DiagnosticsPanel } from "@/components/diagnostics-panel";
import { SimilarStacks } from "@/components/stack/similar-stacks";
import { SourceDocument } from "@/components/stack/source-document";
import { StackHeader } from "@/components/stack/stack-header";
import { StackHistory } from "@/components/stack/stack-history";
import { StackLayers } from "@/components/stack/stack-layers";
import { Static } from "@/components/static";
import {
  getDiagnostics,
  getHistory,
  getSimilar,
  getSlotLabels,
  getSourceText,
  getStack,
  getStacks,
} from "@/lib/content/load";
import { renderCached } from "@/lib/render/cache";
import { toDocLinkResolver } from "@/lib/render/links";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getStacks().map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string }>;
}): Promise<Metadata> {
  const stack = getStack((await params).slug);
  return stack
    ? { title: stack.title, description: stack.summary || `The ${stack.title} technology stack.` }
    : {};
}

export default async function StackPage({ params }: { params: Promise<{ slug: string }> }) {
  const stack = getStack((await params).slug);
  if (!stack) notFound();
  const source = getSourceText(stack.source.file);
  const html = source
    ? renderCached(source, stack.source.file, toDocLinkResolver(stack.source.file))
    : "";
  const parentTitle = stack.parent ? getStack(stack.parent)?.title : undefined;
  return (
    <article>
      <Static id={`/stacks/${stack.slug}#header`}>
        <StackHeader stack={stack} parentTitle={parentTitle} />
      </Static>
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <Static id={`/stacks/${stack.slug}#layers`} className="min-w-0">
          <StackLayers stack={stack} slots={getSlotLabels()}>
            <StackHistory entries={getHistory(stack.slug)} />
          </StackLayers>
        </Static>
        <aside className="space-y-6">
          <ComparePicker slug={stack.slug} title={stack.title} />
          <Static id={`/stacks/${stack.slug}#aside`} className="space-y-6">
            <SimilarStacks similar={getSimilar(stack.slug)} />
            <DiagnosticsPanel diagnostics={getDiagnostics(stack.source.file)} />
          </Static>
        </aside>
      </div>
      {html ? (
        <Static id={`/stacks/${stack.slug}#source`}>
          <SourceDocument html={html} />
        </Static>
      ) : null}
    </article>
  );
}
