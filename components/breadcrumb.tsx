import { Link } from "@/components/link";

/** One step up the site: where it leads and what it says. */
export interface Step {
  href: string;
  label: string;
}

/** "Technologies / Databases": where a page sits, each step a link; `trailing` ends with " /". */
export function Breadcrumb({ trail, trailing = false }: { trail: Step[]; trailing?: boolean }) {
  return (
    <p className="mb-1 text-sm text-slate-600 dark:text-slate-400">
      {trail.map((step, i) => (
        <span key={step.href}>
          {i ? " / " : null}
          <Link href={step.href} className="underline">
            {step.label}
          </Link>
        </span>
      ))}
      {trailing ? " /" : null}
    </p>
  );
}
