import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Welcome, {user.name}</h1>
      <section aria-labelledby="start-title" className="rounded-lg border border-slate-200 p-6 dark:border-slate-800">
        <h2 id="start-title" className="mb-2 text-xl font-semibold">
          Start with your assessment
        </h2>
        <p className="mb-4 text-slate-700 dark:text-slate-300">
          Tell us where you stand today. You will get a skill profile, a recommended path into product management
          and a plan to follow.
        </p>
        <Link href="/assessment" className={buttonClass("primary")}>
          Take the assessment
        </Link>
      </section>
    </div>
  );
}
