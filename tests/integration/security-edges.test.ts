// Issue 21, security: next-auth's absolute URLs come from APP_URL whatever Host says (W7), and the draft
// beacon never holds more than its 32 KB in memory (W10).
import { signInAs } from "../support/session";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.APP_URL = "https://pathfinder.example.test";
  process.env.AUTH_SECRET ??= "integration-only-secret-not-for-production-0123456789";
});

import { POST as postDraft } from "@/app/api/v1/me/draft/route";
import { handlers } from "@/server/auth/config";
import { createUser, db, resetDatabase, testDbProvider } from "../support/db";

describe(`next-auth URLs on ${testDbProvider}`, () => {
  it("builds its URLs from APP_URL, never from the Host or X-Forwarded-Host a request names", async () => {
    const attempts: Record<string, string>[] = [{ host: "evil.example" }, { host: "localhost:3000", "x-forwarded-host": "evil.example" }];
    for (const headers of attempts) {
      const providers = await handlers.GET(new NextRequest("http://evil.example/api/auth/providers", { headers }));
      const { credentials } = (await providers.json()) as { credentials: { signinUrl: string; callbackUrl: string } };
      expect(credentials.signinUrl, JSON.stringify(headers)).toBe("https://pathfinder.example.test/api/auth/signin/credentials");
      expect(credentials.callbackUrl).toBe("https://pathfinder.example.test/api/auth/callback/credentials");

      // The sign-in redirect's way back, too.
      const signIn = await handlers.GET(new NextRequest("http://evil.example/api/auth/signin", { headers }));
      const location = signIn.headers.get("location") ?? "";
      expect(location).toMatch(/^\/sign-in\?callbackUrl=https%3A%2F%2Fpathfinder\.example\.test/);
      expect(location).not.toContain("evil.example");
    }
  });
});

describe(`the draft beacon on ${testDbProvider}`, () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("answers 413 after reading at most a little past 32 KB of a 10 MB body", async () => {
    const user = await createUser();
    signInAs(user);
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 10 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/api/v1/me/draft", {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await postDraft(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(64 * 1024);
    expect(await db.assessmentDraft.count()).toBe(0);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const user = await createUser();
    signInAs(user);
    const request = new Request("http://localhost/api/v1/me/draft", {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin", "content-length": String(10 * 1024 * 1024) },
      body: "{}",
    });
    expect((await postDraft(request)).status).toBe(413);
  });
});
