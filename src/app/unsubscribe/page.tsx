import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { MAIL_KIND_LABELS } from "@/domain/mail/schemas";
import { readUnsubscribeToken } from "@/server/mail/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer", robots: { index: false } };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";

/**
 * The unsubscribe link of an email: no sign-in needed. It asks for one press of a button (a POST), so that
 * link scanners that open every URL in an email cannot unsubscribe people by themselves.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; done?: string | string[] }>;
}) {
  const { token, done } = await searchParams;
  const target = typeof token === "string" ? readUnsubscribeToken(token) : null;
  if (!target || done === "0") {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-2xl font-bold">This unsubscribe link is not valid</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Sign in to choose your emails in{" "}
          <Link href="/settings#emails" className={linkClass}>
            your settings
          </Link>
          .
        </p>
      </div>
    );
  }
  const what = MAIL_KIND_LABELS[target.kind];
  if (done === "1") {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-2xl font-bold">You&apos;re unsubscribed</h1>
        <p role="status" className="text-slate-700 dark:text-slate-300">
          You won&apos;t get {what} any more. You can turn it back on in{" "}
          <Link href="/settings#emails" className={linkClass}>
            your settings
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">Unsubscribe</h1>
      <p className="text-slate-700 dark:text-slate-300">Stop getting {what} from PM Pathfinder?</p>
      <form method="post" action={`/api/v1/unsubscribe?token=${encodeURIComponent(token as string)}`}>
        <input type="hidden" name="from" value="page" />
        <Button type="submit">Unsubscribe</Button>
      </form>
    </div>
  );
}
