import { SHORT_AREA_LABELS } from "@/components/results/labels";
import { areasScored } from "@/domain/practice";
import { scoreGaps } from "@/domain/interview";
import type { PracticeView } from "@/shared/practice-view";

/** A mock's partner scores beside the self-scores, gaps of 2 or more marked as the mentor view marks them. */
export function PartnerScores({ session }: { session: PracticeView }) {
  const mock = session.mock;
  if (!mock) return null;
  if (!mock.scoredAt) return <p className="text-sm">Mock link sent: not scored by your partner yet.</p>;
  const rows = scoreGaps(areasScored(session.type, session.questionId), session.scores, mock.scores);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <table className="max-w-xl text-left">
        <caption className="text-left font-semibold">Scored by {mock.partnerName || "your partner"}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3">
              Area
            </th>
            <th scope="col" className="pr-3">
              You
            </th>
            <th scope="col" className="pr-3">
              Partner
            </th>
            <th scope="col" className="pr-3">
              Gap
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.area}>
              <th scope="row" className="pr-3 font-normal">
                {SHORT_AREA_LABELS[row.area]}
              </th>
              <td className="pr-3">{row.self ?? "—"}</td>
              <td className="pr-3">{row.partner ?? "—"}</td>
              <td className={`pr-3 ${row.marked ? "font-semibold text-amber-800 dark:text-amber-300" : ""}`}>
                {row.difference === null ? "—" : row.difference === 0 ? "Same" : `${row.difference > 0 ? "+" : ""}${row.difference}`}
                {row.marked ? " · worth talking about" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mock.note && <p className="whitespace-pre-line">Their note: {mock.note}</p>}
    </div>
  );
}
