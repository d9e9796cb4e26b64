import Link from "next/link";

const linkClass = "font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300";

export type InvalidLinkKind = "reset" | "verify" | "taken" | "mock";

/** The one page for expired, used and unknown links: they look the same, and each has a way to ask again. */
export function InvalidLink({ kind }: { kind: InvalidLinkKind }) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {kind === "taken" ? "That address is taken" : "This link has expired or has already been used"}
      </h1>
      {kind === "mock" && (
        <p className="text-slate-700 dark:text-slate-300">
          Mock interview links work for 7 days, until the person who sent it turns it off. Ask them for a new one.
        </p>
      )}
      {kind === "reset" && (
        <>
          <p className="text-slate-700 dark:text-slate-300">
            Password reset links work once, for 30 minutes. Ask for a new one and use the newest email.
          </p>
          <p>
            <Link href="/forgot-password" className={linkClass}>
              Send me a new reset link
            </Link>
          </p>
        </>
      )}
      {kind === "verify" && (
        <>
          <p className="text-slate-700 dark:text-slate-300">
            Confirmation links work once, for 48 hours, and only the newest one counts. Sign in to send a new one from your settings.
          </p>
          <p>
            <Link href="/settings#profile" className={linkClass}>
              Send a new confirmation link
            </Link>
          </p>
        </>
      )}
      {kind === "taken" && (
        <>
          <p className="text-slate-700 dark:text-slate-300">
            Another account started using this address before you confirmed it, so your email stays as it was.
          </p>
          <p>
            <Link href="/settings#profile" className={linkClass}>
              Choose another address
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
