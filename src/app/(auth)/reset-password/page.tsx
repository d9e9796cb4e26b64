import type { Metadata } from "next";
import { InvalidLink } from "@/components/auth/invalid-link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { emailTokenSchema } from "@/domain/mail/schemas";
import { isUsableResetToken } from "@/server/auth/email-links";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const parsed = emailTokenSchema.safeParse(token);
  if (!parsed.success || !(await isUsableResetToken(parsed.data))) return <InvalidLink kind="reset" />;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Choose a new password</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">Saving it signs you in here and signs you out on every other device.</p>
      <ResetPasswordForm token={parsed.data} />
    </div>
  );
}
