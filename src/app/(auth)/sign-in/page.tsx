import type { Metadata } from "next";
import { SignInView } from "@/components/auth/auth-pages";

export const metadata: Metadata = { title: "Sign in" };

/** Prerendered for visitors; with a callbackUrl or a session cookie, src/proxy.ts serves ./continue instead. */
export default function SignInPage() {
  return <SignInView />;
}
