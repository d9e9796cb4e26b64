import type { Metadata } from "next";
import { DeleteStoryButton } from "@/components/story/delete-story-button";
import { StoryEditor } from "@/components/story/story-editor";
import { StoryForm } from "@/components/story/story-form";
import { SKILL_MODEL } from "@/domain/assessment";
import { isTheme, THEME_LABELS } from "@/domain/interview/types";
import { MAX_STORIES, storyGapMessage, storyGaps } from "@/domain/story";
import { latestAssessments } from "@/server/assessment/queries";
import { requireUser } from "@/server/auth/session";
import { listStories, storyLinkChoices } from "@/server/story/queries";

export const metadata: Metadata = { title: "Story bank", robots: { index: false } };

export default async function StoriesPage({ searchParams }: { searchParams: Promise<{ theme?: string | string[] }> }) {
  const user = await requireUser("/stories");
  const { theme } = await searchParams;
  const presetTheme = typeof theme === "string" && isTheme(theme) ? theme : undefined;
  const [stories, choices, [latest]] = await Promise.all([listStories(user.id), storyLinkChoices(user.id), latestAssessments(user.id, 1)]);
  const gaps = latest ? storyGaps(latest.result.gaps, stories) : [];
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Story bank</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Specific examples for interviews, in STAR form (situation, task, action, result), tagged with the skill areas they prove. Up to{" "}
          {MAX_STORIES} stories.
        </p>
      </header>
      {gaps.length > 0 && (
        <section
          aria-labelledby="story-gaps-title"
          className="rounded-lg border border-amber-700 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
        >
          <h2 id="story-gaps-title" className="font-semibold">
            Gaps without a story
          </h2>
          <ul className="list-disc pl-5">
            {gaps.map((area) => (
              <li key={area}>{storyGapMessage(area)}</li>
            ))}
          </ul>
        </section>
      )}
      <section
        id="write-story"
        aria-labelledby="write-story-title"
        className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
      >
        <h2 id="write-story-title" className="text-xl font-semibold">
          Write a story
        </h2>
        <StoryForm choices={choices} presetTheme={presetTheme} />
      </section>
      <section aria-labelledby="stories-title" className="flex flex-col gap-3">
        <h2 id="stories-title" className="text-xl font-semibold">
          Your stories ({stories.length})
        </h2>
        <ul className="flex flex-col gap-3">
          {stories.map((story) => (
            <li key={story.id}>
              <article
                aria-labelledby={`story-${story.id}-title`}
                className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <h3 id={`story-${story.id}-title`} className="text-lg font-semibold">
                  {story.title}
                </h3>
                <ul aria-label="Skill areas" className="flex flex-wrap gap-2">
                  {story.areas.map((area) => (
                    <li
                      key={area}
                      className="rounded-full bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-800 dark:bg-slate-800 dark:text-brand-200"
                    >
                      {SKILL_MODEL[area].label}
                    </li>
                  ))}
                </ul>
                {story.themes.length > 0 && <p className="text-sm">Answers: {story.themes.map((t) => THEME_LABELS[t]).join(", ")}</p>}
                {story.result && <p className="whitespace-pre-line">Result: {story.result}</p>}
                {story.applicationName && <p className="text-sm">Used for {story.applicationName}</p>}
                {story.practiceName && <p className="text-sm">Used in {story.practiceName}</p>}
                <details>
                  <summary className="cursor-pointer font-semibold text-brand-700 dark:text-brand-300">
                    Edit<span className="sr-only"> {story.title}</span>
                  </summary>
                  <div className="pt-3">
                    <StoryEditor story={story} choices={choices} />
                  </div>
                </details>
                <DeleteStoryButton storyId={story.id} title={story.title} />
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
