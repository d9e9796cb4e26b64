import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { emailTokenSchema } from "@/domain/mail/schemas";
import { isUsableEmailToken } from "@/server/auth/email-links";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer", robots: { index: false } };

/**
 * The link in a confirmation email. Opening it changes nothing: one press of the button (a POST) confirms
 * the address, so link scanners and prefetchers that open every URL in an email cannot. Links sent before
 * this page existed point here too, and keep working.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const parsed = emailTokenSchema.safeParse((await searchParams).token);
  if (!parsed.success || !(await isUsableEmailToken("verify-email", parsed.data))) redirect("/link-expired?for=verify");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">Confirm your email address</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Press the button to confirm that this address is yours. If you asked to change your address, this is when the change takes effect.
      </p>
      <form method="post" action="/api/v1/verify-email">
        <input type="hidden" name="token" value={parsed.data} />
        <Button type="submit">Confirm my email address</Button>
      </form>
    </div>
  );
}
