import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SESSION_HINT_SCRIPT } from "@/components/account/session-hint";
import { MeProvider } from "@/components/account/use-me";
import { VerifyEmailBanner } from "@/components/mail/verify-email-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PM Pathfinder", template: "%s · PM Pathfinder" },
  description: "Find your way into product management: score your PM skills, get a recommended transition path and follow a 90-day plan.",
  manifest: "/manifest.webmanifest",
  icons: { apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // suppressHydrationWarning: SESSION_HINT_SCRIPT may add data-session to <html> before React hydrates.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: SESSION_HINT_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <MeProvider>
          <SiteHeader />
          <VerifyEmailBanner />
        </MeProvider>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
