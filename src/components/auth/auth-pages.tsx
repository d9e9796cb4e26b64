import { SignInForm } from "./sign-in-form";
import { SignUpForm } from "./sign-up-form";

// The sign-in and sign-up pages' content. Each is served twice: prerendered at /sign-in and /sign-up for a
// visitor with no session cookie and no query string, and rendered per request (src/app/(auth)/*/continue,
// which src/proxy.ts rewrites to) when there is a callbackUrl to keep or a session to send on its way.

export function SignInView({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">Welcome back. Pick up your plan where you left it.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}

export function SignUpView({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        Save your assessment, get a 90-day plan and track your progress week by week.
      </p>
      <SignUpForm callbackUrl={callbackUrl} />
    </div>
  );
}
