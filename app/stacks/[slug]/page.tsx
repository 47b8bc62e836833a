import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindBadge } from "@/components/badges";
import { Breadcrumb } from "@/components/breadcrumb";
import { ComparePicker } from "@/components/compare-picker";
import { DiagnosticsPanel } from "@/components/diagnostics-panel";
import { Link } from "@/components/link";
import { ChoiceTable } from "@/components/stack/choice-table";
import { StackHistory } from "@/components/stack/stack-history";
import { LAYER_NAMES } from "@/lib/content/layers";
import {
  getDiagnostics,
  getHistory,
  getSimilar,
  getSlotLabels,
  getSourceText,
  getStack,
  getStacks,
} from "@/lib/content/load";
import { toDocLinkResolver } from "@/lib/render/links";
import { renderDocument } from "@/lib/render/markdown";

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
  const slots = getSlotLabels();
  const slotOrder = slots.map(([id]) => id);
  const labels = new Map(slots);
  const slotLabel = (id: string) => labels.get(id) ?? id;
  const source = getSourceText(stack.source.file);
  const html = source
    ? renderDocument(source, stack.source.file, {
        resolveLink: toDocLinkResolver(stack.source.file),
      })
    : "";
  const diagnostics = getDiagnostics(stack.source.file);
  const similar = getSimilar(stack.slug);
  const count = stack.layers.reduce((n, l) => n + l.choices.length, 0);
  return (
    <article>
      <header className="mb-6">
        <Breadcrumb
          trail={[
            { href: "/", label: "Stacks" },
            ...(stack.parent
              ? [
                  {
                    href: `/stacks/${stack.parent}`,
                    label: getStack(stack.parent)?.title ?? stack.parent,
                  },
                ]
              : []),
          ]}
          trailing
        />
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">
            {stack.title}
            {stack.distinct ? (
              <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">
                ({stack.distinct})
              </span>
            ) : null}
          </h1>
          <KindBadge kind={stack.kind} />
        </div>
        {stack.summary ? (
          <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{stack.summary}</p>
        ) : null}
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {count} choices in {stack.layers.length} layers · from <code>{stack.source.file}</code>{" "}
          line {stack.source.line}
          {stack.updated ? ` · updated ${stack.updated}` : ""}
          {stack.tags.length ? ` · ${stack.tags.map((t) => `#${t}`).join(" ")}` : ""}
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="layers-heading" className="min-w-0">
          <h2 id="layers-heading" className="sr-only">
            Choices by layer
          </h2>
          {stack.layers.length === 0 ? <p>This document names no technologies.</p> : null}
          {stack.layers.map((layer) => (
            <section key={layer.id} aria-labelledby={`layer-${layer.id}`} className="mb-6">
              <h3 id={`layer-${layer.id}`} className="mb-2 text-lg font-semibold">
                <Link href={`/layers/${layer.id}`} className="hover:underline">
                  {LAYER_NAMES[layer.id]}
                </Link>
              </h3>
              <ChoiceTable layer={layer} slotOrder={slotOrder} slotLabel={slotLabel} />
            </section>
          ))}
          {stack.notes.length ? (
            <section aria-labelledby="notes-heading" className="mb-6">
              <h3 id="notes-heading" className="mb-2 text-lg font-semibold">
                Notes
              </h3>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {stack.notes.map((n, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a static list that never reorders
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <StackHistory entries={getHistory(stack.slug)} />
        </section>
        <aside className="space-y-6">
          <ComparePicker slug={stack.slug} title={stack.title} />
          <section aria-labelledby="similar-heading">
            <h2 id="similar-heading" className="mb-2 font-semibold">
              Similar stacks
            </h2>
            {similar.length ? (
              <ol className="space-y-1 text-sm">
                {similar.map((s) => (
                  <li key={s.slug}>
                    <Link
                      href={`/stacks/${s.slug}`}
                      className="text-brand-700 underline dark:text-blue-300"
                    >
                      {s.title}
                    </Link>{" "}
                    <span className="text-slate-600 dark:text-slate-400">({s.shared} shared)</span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                No other stack shares its primary technologies.
              </p>
            )}
          </section>
          <DiagnosticsPanel diagnostics={diagnostics} />
        </aside>
      </div>

      {html ? (
        <section
          aria-labelledby="source-heading"
          className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
        >
          <h2 id="source-heading" className="mb-2 text-lg font-semibold">
            Source document
          </h2>
          <div
            className="doc max-w-4xl overflow-x-auto text-[15px] leading-relaxed"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the document, sanitised by lib/render/markdown.ts
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </section>
      ) : null}
    </article>
  );
}
