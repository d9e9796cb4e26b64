import type { SignInView } from "@/server/account/queries";
import { formatDateTime } from "./format-time";

/** The newest sign-ins, so the user can spot one that wasn't them. */
export function RecentSignIns({ signIns, timeZone }: { signIns: readonly SignInView[]; timeZone: string }) {
  if (signIns.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">No sign-ins recorded yet.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">Recent sign-ins</h3>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {signIns.map((signIn) => (
          <li key={signIn.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
            <span className="font-medium">{signIn.userAgent}</span>
            <time dateTime={signIn.createdAt.toISOString()} className="text-slate-700 dark:text-slate-300">
              {formatDateTime(signIn.createdAt, timeZone)}
            </time>
          </li>
        ))}
      </ul>
    </div>
  );
}
