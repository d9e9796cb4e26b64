import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE, GET, OPTIONS, POST } from "@/app/api/v1/assessments/score/route";
import { scoreAssessment, type AssessmentInput } from "@/domain/assessment";
import { MAX_BODY_BYTES } from "@/server/api/score";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";

const URL = "http://localhost/api/v1/assessments/score";

const VALID: AssessmentInput = {
  currentRole: "software_engineer",
  yearsExperience: 6,
  employment: "employed",
  company: { employsPMs: true, worksWithPMs: true, tenureYears: 4, managerSupport: "yes" },
  riskTolerance: 2,
  wantsMentorship: 3,
  evidence: { sideProject: false, ledCrossFunctional: true, customerFacing: false },
  skills: { strategy: 2, customer_insight: 2, data: 3, technical: 5, execution: 4, communication: 3, leadership: 3, business: 2 },
};

/**
 * Every request comes from its own address so the rate limit of one test never touches another. The address
 * travels in the header scripts/serve.ts sets from the socket (X-Forwarded-For is the client's word).
 */
function freshIp(): string {
  return `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
}

function scoreRequest(body: BodyInit | null, headers: Record<string, string> = {}, ip = freshIp()): Request {
  return new Request(URL, {
    method: "POST",
    headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: ip, ...headers },
    body,
    // Required by fetch's Request for stream bodies.
    duplex: "half",
  } as RequestInit);
}

async function expectJsonError(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ error, message: expect.any(String) });
  return body;
}

describe("POST /api/v1/assessments/score", () => {
  it("200: returns the AssessmentResult, the same as scoreAssessment, never cached", async () => {
    const response = await POST(scoreRequest(JSON.stringify(VALID)));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(scoreAssessment(VALID))));
    expect(body.recommendedPath.path).toBe("internal_move");
    expect(body.paths).toHaveLength(3);
  });

  it("200: scores a v1 payload (no employment) and returns the v2 fields", async () => {
    const { employment: _e, ...v1 } = VALID;
    const response = await POST(scoreRequest(JSON.stringify(v1)));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(scoreAssessment(VALID))));
    expect(body).toMatchObject({ closeCall: expect.any(Boolean), bridge: null });
    for (const path of body.paths) expect(path.reasons).toEqual([...path.pros, ...path.cons]);
  });

  it("200: scores a student with no company, internal move closed", async () => {
    const { company: _c, ...student } = { ...VALID, employment: "student" };
    const response = await POST(scoreRequest(JSON.stringify(student)));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { paths: { path: string; fit: number }[] };
    expect(body.paths.at(-1)).toMatchObject({ path: "internal_move", fit: 0 });
  });

  it("400 names the field for each new v2 rule", async () => {
    const cases: [unknown, string][] = [
      [{ ...VALID, employment: "retired" }, "employment"],
      [{ ...VALID, company: { ...VALID.company, size: "huge" } }, "company.size"],
      [{ ...VALID, yearsExperience: 2, company: { ...VALID.company, tenureYears: 3 } }, "company.tenureYears"],
      [(({ company: _c, ...rest }) => rest)(VALID), "company"],
    ];
    for (const [payload, field] of cases) {
      const body = await expectJsonError(await POST(scoreRequest(JSON.stringify(payload))), 400, "invalid_input");
      expect(Object.keys(body.fieldErrors as object)).toContain(field);
    }
  });

  it("200: scores a v3 payload (company kind, open doors, domain expertise) and returns level and bridge.required", async () => {
    const v3 = {
      ...VALID,
      company: { ...VALID.company, kind: "product" as const },
      evidence: { ...VALID.evidence, domainExpertise: true },
      openDoors: { referral: true, startupContact: false },
    };
    const response = await POST(scoreRequest(JSON.stringify(v3)));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(scoreAssessment(v3))));
    expect(body.modelVersion).toBe("2026.12-3");
    for (const path of body.paths) expect(["associate", "pm"]).toContain(path.level);
  });

  it("400 names the field for each v3 rule", async () => {
    const cases: [unknown, string][] = [
      [{ ...VALID, company: { ...VALID.company, kind: "startup" } }, "company.kind"],
      [{ ...VALID, openDoors: "yes" }, "openDoors"],
      [{ ...VALID, openDoors: { referral: true, friend: true } }, "openDoors.friend"],
      [{ ...VALID, openDoors: { startupContact: 1 } }, "openDoors.startupContact"],
      [{ ...VALID, evidence: { ...VALID.evidence, domainExpertise: "yes" } }, "evidence.domainExpertise"],
    ];
    for (const [payload, field] of cases) {
      const body = await expectJsonError(await POST(scoreRequest(JSON.stringify(payload))), 400, "invalid_input");
      expect(Object.keys(body.fieldErrors as object)).toEqual([field]);
    }
  });

  it("accepts a charset parameter and +json media types", async () => {
    const withCharset = await POST(scoreRequest(JSON.stringify(VALID), { "content-type": "application/json; charset=utf-8" }));
    expect(withCharset.status).toBe(200);
    const vendor = await POST(scoreRequest(JSON.stringify(VALID), { "content-type": "application/vnd.pathfinder+json" }));
    expect(vendor.status).toBe(200);
  });

  it("400 invalid_json: malformed or empty JSON", async () => {
    await expectJsonError(await POST(scoreRequest('{"currentRole": ')), 400, "invalid_json");
    const empty = await expectJsonError(await POST(scoreRequest("")), 400, "invalid_json");
    expect(empty.message).toMatch(/empty/);
  });

  it("400 invalid_input: names each invalid field by its dotted path", async () => {
    const bad = {
      ...VALID,
      currentRole: "astronaut",
      company: { ...VALID.company, tenureYears: -1 },
      skills: { ...VALID.skills, data: 7 },
    };
    const body = await expectJsonError(await POST(scoreRequest(JSON.stringify(bad))), 400, "invalid_input");
    const fieldErrors = body.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(["company.tenureYears", "currentRole", "skills.data"]);
    expect(fieldErrors["skills.data"]).toEqual(["Rating must be at most 5"]);
  });

  it("400 invalid_input: unknown fields and a non-object body are refused", async () => {
    const extra = await expectJsonError(await POST(scoreRequest(JSON.stringify({ ...VALID, salary: 1 }))), 400, "invalid_input");
    expect(extra.fieldErrors).toEqual({ salary: ["Unknown field: salary"] });
    const array = await expectJsonError(await POST(scoreRequest("[1, 2]")), 400, "invalid_input");
    expect(array.fieldErrors).toEqual({ _form: ["Send the assessment answers as an object"] });
  });

  it("413 payload_too_large: refused on Content-Length alone, before the body is read", async () => {
    let pulled = false;
    // highWaterMark 0: the stream is pulled only when someone actually reads it.
    const stream = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const response = await POST(scoreRequest(stream, { "content-length": String(MAX_BODY_BYTES + 1) }));
    await expectJsonError(response, 413, "payload_too_large");
    expect(pulled).toBe(false);
  });

  it("413 payload_too_large: a body that is actually larger, without Content-Length", async () => {
    const padded = JSON.stringify({ ...VALID, padding: "x".repeat(MAX_BODY_BYTES) });
    await expectJsonError(await POST(scoreRequest(padded)), 413, "payload_too_large");
  });

  it("413 payload_too_large: stops reading an endless stream just past the limit", async () => {
    const chunk = new Uint8Array(1024).fill(32); // spaces
    let chunksServed = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksServed++;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    await expectJsonError(await POST(scoreRequest(endless)), 413, "payload_too_large");
    expect(cancelled).toBe(true);
    // 16 kB of 1 kB chunks, plus whatever the stream queued ahead: never unbounded.
    expect(chunksServed).toBeLessThan(MAX_BODY_BYTES / chunk.byteLength + 4);
  });

  it("accepts a body of exactly the limit", async () => {
    const json = JSON.stringify(VALID);
    const exact = json + " ".repeat(MAX_BODY_BYTES - Buffer.byteLength(json));
    expect(Buffer.byteLength(exact)).toBe(MAX_BODY_BYTES);
    expect((await POST(scoreRequest(exact))).status).toBe(200);
  });

  it("415 unsupported_media_type: a missing or non-JSON Content-Type", async () => {
    await expectJsonError(await POST(scoreRequest(JSON.stringify(VALID), { "content-type": "text/plain" })), 415, "unsupported_media_type");
    const form = await POST(scoreRequest("a=1", { "content-type": "application/x-www-form-urlencoded" }));
    await expectJsonError(form, 415, "unsupported_media_type");
    const none = new Request(URL, {
      method: "POST",
      headers: { [CLIENT_ADDRESS_HEADER]: freshIp() },
      body: new Blob([JSON.stringify(VALID)]),
    });
    expect(none.headers.get("content-type")).toBeNull();
    await expectJsonError(await POST(none), 415, "unsupported_media_type");
  });

  it("429 rate_limited: after 60 requests a minute from one address, with Retry-After", async () => {
    const ip = freshIp();
    for (let i = 0; i < 60; i++) {
      const response = await POST(scoreRequest(JSON.stringify(VALID), {}, ip));
      expect(response.status).toBe(200);
    }
    const limited = await POST(scoreRequest(JSON.stringify(VALID), {}, ip));
    const body = await expectJsonError(limited, 429, "rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body.retryAfterSeconds).toBe(retryAfter);
    // Bad requests count too, and another address is unaffected.
    await expectJsonError(await POST(scoreRequest("nope", {}, ip)), 429, "rate_limited");
    expect((await POST(scoreRequest(JSON.stringify(VALID)))).status).toBe(200);
  });

  it("405 with Allow for other methods; OPTIONS lists what is allowed", async () => {
    for (const handler of [GET, DELETE]) {
      const response = handler();
      await expectJsonError(response, 405, "method_not_allowed");
      expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    }
    const options = OPTIONS();
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
