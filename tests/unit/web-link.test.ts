// Links people paste without a scheme are completed; other schemes stay refused (src/domain/text.ts).
import { describe, expect, it } from "vitest";
import { completeWebLink, webLinkField } from "@/domain/text";

describe("completeWebLink", () => {
  it("puts https:// before a bare domain", () => {
    expect(completeWebLink("acme.example/jobs/1")).toBe("https://acme.example/jobs/1");
    expect(completeWebLink("www.acme.example")).toBe("https://www.acme.example");
    expect(completeWebLink("//acme.example/x")).toBe("https://acme.example/x");
  });

  it("leaves links with a scheme, and text that isn't a domain, as typed", () => {
    expect(completeWebLink("http://acme.example")).toBe("http://acme.example");
    expect(completeWebLink("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(completeWebLink("mailto:pat@acme.example")).toBe("mailto:pat@acme.example");
    expect(completeWebLink("not a link")).toBe("not a link");
    expect(completeWebLink("acme")).toBe("acme");
  });

  it("makes the field accept a bare domain and still refuse other schemes", () => {
    const field = webLinkField("Link");
    expect(field.parse("acme.example/jobs")).toBe("https://acme.example/jobs");
    expect(field.safeParse("javascript:alert(1)").success).toBe(false);
    expect(field.safeParse("ftp://acme.example").success).toBe(false);
  });
});
