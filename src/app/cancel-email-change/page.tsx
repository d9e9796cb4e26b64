import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { emailTokenSchema } from "@/domain/mail/schemas";
import { isUsableEmailToken } from "@/server/auth/email-links";

export const metadata: Metadata = { title: "Stop the email change", referrer: "no-referrer", robots: { index: false } };

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";

/**
 * The link in the "someone asked to change your email address" notice, sent to the current address. As with
 * confirmation, opening it changes nothing; the button (a POST) stops the change.
 */
export default async function CancelEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; done?: string | string[] }>;
}) {
  const { token, done } = await searchParams;
  if (done === "1") {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-4">
        <h1 className="text-2xl font-bold">The email change is stopped</h1>
        <p role="status" className="text-slate-700 dark:text-slate-300">
          Your account keeps its address. If you didn&apos;t ask for the change,{" "}
          <Link href="/forgot-password" className={linkClass}>
            reset your password
          </Link>
          : that also signs every device out.
        </p>
      </div>
    );
  }
  const parsed = emailTokenSchema.safeParse(token);
  if (!parsed.success || !(await isUsableEmailToken("cancel-email-change", parsed.data))) redirect("/link-expired?for=verify");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">Stop the email change</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Someone signed in to your account asked to move it to another address. Press the button to stop that change; your account keeps this
        address.
      </p>
      <form method="post" action="/api/v1/cancel-email-change">
        <input type="hidden" name="token" value={parsed.data} />
        <Button type="submit">Stop the change</Button>
      </form>
    </div>
  );
}
