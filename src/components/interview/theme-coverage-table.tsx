import Link from "next/link";
import { STORY_BANK_ADVICE, THEME_LABELS, type ThemeCoverage } from "@/domain/interview";

const COVERAGE_TEXT = { none: "No story yet", one: "Only one story", covered: "Covered" } as const;

/** Themes × stories: which behavioural themes have no story or only one, each with a link to write one. */
export function ThemeCoverageTable({ rows, storyCount }: { rows: readonly ThemeCoverage[]; storyCount: number }) {
  return (
    <div className="flex flex-col gap-3">
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Exponent&apos;s advice is to prepare {STORY_BANK_ADVICE.min}–{STORY_BANK_ADVICE.max} strong stories that between them cover these
        themes: one story can answer several. You have {storyCount} {storyCount === 1 ? "story" : "stories"}.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Behavioural themes and the stories that answer them</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3">
                Theme
              </th>
              <th scope="col" className="py-1 pr-3">
                Stories
              </th>
              <th scope="col" className="py-1 pr-3">
                Coverage
              </th>
              <th scope="col" className="py-1 pr-3">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {THEME_LABELS[row.theme]}
                </th>
                <td className="py-1 pr-3">{row.stories.length ? row.stories.map((s) => s.title).join(", ") : "—"}</td>
                <td className={`py-1 pr-3 ${row.coverage === "covered" ? "" : "font-semibold text-amber-800 dark:text-amber-300"}`}>
                  {COVERAGE_TEXT[row.coverage]}
                </td>
                <td className="py-1 pr-3">
                  {row.coverage !== "covered" && (
                    <Link
                      href={`/stories?theme=${row.theme}#write-story`}
                      className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300"
                    >
                      Write a story<span className="sr-only"> for {THEME_LABELS[row.theme]}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
