import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        Enter the email address of your account and we&apos;ll send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
    </div>
  );
}
