import Link from "next/link";
import { Suspense } from "react";
import { LandingNotice } from "@/components/landing-notice";
import { buttonClass } from "@/components/ui/button";

const steps = [
  {
    title: "See where you stand",
    text: "Rate yourself on the eight skill areas entry-level PMs are hired for. Each level is described in plain behaviour, so you rate what you actually do.",
  },
  {
    title: "Pick the right way in",
    text: "We weigh your situation, not just your skills, and rank three routes in: an internal move, a PM role at a new company, or a startup. Every ranking says why.",
  },
  {
    title: "Follow a 90-day plan",
    text: "Get a checklist of concrete actions in three phases, tick them off week by week, and re-assess to see what moved.",
  },
];

const paths = [
  {
    name: "Internal move",
    text: "Your company has PMs and you already work with them. Make the case with your track record.",
  },
  {
    name: "A PM role at a new company",
    text: "An associate role with mentorship and a solid foundation, or a full PM role when your experience earns it.",
  },
  {
    name: "Startup",
    text: "Open to unusual backgrounds, heavy on ownership and uncertainty. Breadth beats depth.",
  },
];

/** Prerendered: the same bytes for every visitor and every signed-in user (see docs/performance.md). */
export default function LandingPage() {
  return (
    <div className="flex flex-col gap-14">
      <Suspense fallback={null}>
        <LandingNotice />
      </Suspense>
      <section aria-labelledby="hero-title" className="flex flex-col gap-5 pt-4 sm:pt-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
          For engineers, designers, analysts, marketers and everyone else
        </p>
        <h1 id="hero-title" className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
          Move into product management with a plan you can trust.
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          PM Pathfinder scores your skills against what an entry-level product manager needs, recommends the transition path that fits your
          situation, and turns it into a 90-day checklist you can track.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/assessment" className={buttonClass("primary", "px-5 py-3 text-base")}>
            Start the free assessment
          </Link>
          <Link href="/sign-up" className={buttonClass("secondary", "px-5 py-3 text-base")}>
            Create an account
          </Link>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">About three minutes. No account needed to see your result.</p>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="mb-6 text-2xl font-bold">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
              <p className="mb-2 text-sm font-semibold text-brand-700 dark:text-brand-300">Step {index + 1}</p>
              <h3 className="mb-2 text-lg font-semibold">{step.title}</h3>
              <p className="text-slate-700 dark:text-slate-300">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="paths-title">
        <h2 id="paths-title" className="mb-6 text-2xl font-bold">
          Three ways into product
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {paths.map((path) => (
            <li key={path.name} className="rounded-lg bg-slate-50 p-5 dark:bg-slate-900">
              <h3 className="mb-2 text-lg font-semibold">{path.name}</h3>
              <p className="text-slate-700 dark:text-slate-300">{path.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
