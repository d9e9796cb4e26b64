import type { Metadata } from "next";
import { SignUpView } from "@/components/auth/auth-pages";

export const metadata: Metadata = { title: "Create your account" };

/** Prerendered for visitors; with a callbackUrl or a session cookie, src/proxy.ts serves ./continue instead. */
export default function SignUpPage() {
  return <SignUpView />;
}
