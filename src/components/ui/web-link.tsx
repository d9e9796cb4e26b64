import { isWebLink } from "@/domain/text";

/** The user's link as a link only when it is http(s); anything else (javascript:, data:) stays plain text. */
export function WebLink({ href, children }: { href: string; children?: React.ReactNode }) {
  if (!isWebLink(href)) return <span className="break-all">{href}</span>;
  return (
    <a
      href={href}
      rel="noopener noreferrer nofollow"
      target="_blank"
      className="break-all font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
    >
      {children ?? href}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
