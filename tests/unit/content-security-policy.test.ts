import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

const directives = (csp: string) =>
  Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  it("allows scripts only with the nonce, and no eval in production", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", origin: "https://mend.example.org", dev: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["upgrade-insecure-requests"]).toEqual([]);
  });

  it("lets the room's socket reach its own origin and nothing else", () => {
    expect(
      directives(contentSecurityPolicy({ nonce: "n", origin: "https://mend.example.org", dev: false }))["connect-src"],
    ).toEqual(["'self'", "wss://mend.example.org"]);
    expect(
      directives(contentSecurityPolicy({ nonce: "n", origin: "http://localhost:3000", dev: true }))["connect-src"],
    ).toEqual(["'self'", "ws://localhost:3000"]);
  });

  it("allows eval only in development (hot reload) and does not upgrade http", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "n", origin: "http://localhost:3000", dev: true }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["upgrade-insecure-requests"]).toBeUndefined();
  });
});
