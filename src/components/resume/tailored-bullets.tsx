"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { ADD_A_METRIC, BULLET_MAX, bulletsToPlainText, hasNumber, tailoredMarkdown, type CoverLetterInput } from "@/domain/resume";
import { saveBulletsAction } from "@/server/resume/actions";
import type { EditableBullet } from "@/shared/resume-view";

/**
 * The tailored bullets of one application: edited in place, saved under the application's bullets version,
 * copied as plain text or downloaded as Markdown with a cover-letter outline.
 */
export function TailoredBullets({
  applicationId,
  bulletsVersion,
  initial,
  saved,
  uncoveredMustHaves,
  letter,
}: {
  applicationId: string;
  bulletsVersion: number;
  initial: readonly EditableBullet[];
  /** True when these are the person's saved bullets, false when freshly built from their stories. */
  saved: boolean;
  uncoveredMustHaves: readonly string[];
  letter: CoverLetterInput;
}) {
  const router = useRouter();
  const [bullets, setBullets] = useState(() => initial.map((b) => ({ ...b })));
  const [notice, setNotice] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const [copied, setCopied] = useState("");

  const edit = (index: number, text: string) =>
    setBullets((list) => list.map((b, i) => (i === index ? { ...b, text, regenerated: null } : b)));

  async function save() {
    const outcome = await saveBulletsAction({
      applicationId,
      bulletsVersion,
      bullets: bullets.map((b) => ({ storyId: b.storyId, text: b.text })),
    });
    setNotice(
      outcome.ok ? { tone: "success", message: "Bullets saved for this application." } : { tone: "error", message: outcome.message },
    );
    router.refresh();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(bulletsToPlainText(bullets));
      setCopied("Copied the bullets as plain text.");
    } catch {
      setCopied("Your browser did not allow copying: select the bullets and copy them yourself.");
    }
  }

  function download() {
    const blob = new Blob([tailoredMarkdown(bullets, letter)], { type: "text/markdown;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${letter.company}-${letter.roleTitle}.md`.replace(/[^\w.-]+/g, "-");
    link.click();
    URL.revokeObjectURL(url);
  }

  if (bullets.length === 0) {
    return <p>No stories yet: write a STAR story and its bullet appears here.</p>;
  }

  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={notice?.message} tone={notice?.tone} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {saved ? "Your saved bullets for this application." : "Built from your stories, most relevant first. Edit them, then save."}
      </p>
      <ol className="flex flex-col gap-4">
        {bullets.map((bullet, index) => (
          <li key={bullet.key} className="flex flex-col gap-1">
            <label htmlFor={`bullet-${index}`} className="text-sm font-medium">
              Bullet {index + 1}
              {bullet.storyTitle ? ` (from “${bullet.storyTitle}”)` : ""}
            </label>
            <textarea
              id={`bullet-${index}`}
              value={bullet.text}
              maxLength={BULLET_MAX}
              rows={2}
              onChange={(event) => edit(index, event.currentTarget.value)}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            />
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {bullet.answers ? <>Answers: {bullet.answers}</> : "Answers no requirement of this job."}
            </p>
            {!hasNumber(bullet.text) && <p className="text-sm font-medium text-amber-800 dark:text-amber-300">{ADD_A_METRIC}</p>}
            {bullet.regenerated && (
              <p className="text-sm">
                Its story changed since you saved this bullet.{" "}
                <Button variant="ghost" onClick={() => edit(index, bullet.regenerated!)}>
                  Use the new version
                </Button>
              </p>
            )}
          </li>
        ))}
      </ol>
      {uncoveredMustHaves.length > 0 && (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold">Must-haves with no bullet</h3>
          <ul className="list-disc pl-5">
            {uncoveredMustHaves.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={save}>Save bullets</Button>
        <Button variant="secondary" onClick={copy}>
          Copy as plain text
        </Button>
        <Button variant="secondary" onClick={download}>
          Download as Markdown, with a cover-letter outline
        </Button>
        <span role="status" className="text-sm">
          {copied}
        </span>
      </div>
    </div>
  );
}
