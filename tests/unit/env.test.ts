import { describe, expect, it } from "vitest";
import { allowedOrigins, EnvError, parseEnv, publicUrl } from "@/lib/config/env";

describe("environment settings", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      SESSION_IDLE_MINUTES: 30,
      SIGNIN_MAX_FAILURES: 5,
      MEND_DATA_DIR: ".mend",
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("refuses to start production without NEXTAUTH_SECRET and names the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: is required in production/);
  });

  it("refuses a NEXTAUTH_SECRET that is too short", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("starts production with a random secret", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "q3Jv8Nw1ZpT0xYbK7mLs2RfH9cDg5eUa" }).NODE_ENV).toBe(
      "production",
    );
  });

  it.each([
    ["one letter repeated", "x".repeat(32)],
    ["two letters alternating", "ab".repeat(16)],
    ["a run of consecutive characters", "abcdefghijklmnopqrstuvwxyz012345"],
  ])("refuses a NEXTAUTH_SECRET of %s", (_label, secret) => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret })).toThrow(
      /NEXTAUTH_SECRET: looks guessable/,
    );
  });

  it("names every invalid variable at once", () => {
    try {
      parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", SESSION_IDLE_MINUTES: "-1" });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("PORT: must be a port number between 1 and 65535");
      expect(message).toContain("DATABASE_URL: must be a postgresql:// URL");
      expect(message).toContain("SESSION_IDLE_MINUTES");
    }
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("derives the public URL and allowed origins", () => {
    const env = parseEnv({ PORT: "4000", ALLOWED_ORIGINS: "https://a.example.org/, https://b.example.org" });
    expect(publicUrl(env)).toBe("http://localhost:4000");
    expect(allowedOrigins(env)).toEqual(["http://localhost:4000", "https://a.example.org", "https://b.example.org"]);
  });
});
