import type { Stack } from "@/lib/content/schema";
import { KindBadge } from "../badges";
import { Breadcrumb } from "../breadcrumb";

/** The trail, the title, the summary and where the stack comes from. */
export function StackHeader({ stack, parentTitle }: { stack: Stack; parentTitle?: string }) {
  const count = stack.layers.reduce((n, l) => n + l.choices.length, 0);
  const parent = stack.parent
    ? [{ href: `/stacks/${stack.parent}`, label: parentTitle ?? stack.parent }]
    : [];
  return (
    <header className="mb-6">
      <Breadcrumb trail={[{ href: "/", label: "Stacks" }, ...parent]} trailing />
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
        {count} choices in {stack.layers.length} layers · from <code>{stack.source.file}</code> line{" "}
        {stack.source.line}
        {stack.updated ? ` · updated ${stack.updated}` : ""}
        {stack.tags.length ? ` · ${stack.tags.map((t) => `#${t}`).join(" ")}` : ""}
      </p>
    </header>
  );
}
