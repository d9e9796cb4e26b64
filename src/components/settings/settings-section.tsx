import type { ReactNode } from "react";

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  tone?: "default" | "danger";
}

/** One titled block of the settings page; a named region, so it can be found by heading and landmark. */
export function SettingsSection({ id, title, description, children, tone = "default" }: SettingsSectionProps) {
  const border = tone === "danger" ? "border-red-700 dark:border-red-400" : "border-slate-200 dark:border-slate-800";
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`scroll-mt-6 rounded-lg border p-5 sm:p-6 ${border}`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {description && <div className="mt-1 text-slate-700 dark:text-slate-300">{description}</div>}
      <div className="mt-5 flex flex-col gap-6">{children}</div>
    </section>
  );
}
