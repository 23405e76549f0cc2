import { describe, expect, it } from "vitest";
import { EmailSchema, PersonNameSchema, TimeZoneSchema } from "@/lib/validation/fields";
import { passwordProblem } from "@/lib/auth/password-strength";

describe("shared field schemas", () => {
  it("normalises email to trimmed lower case", () => {
    expect(EmailSchema.parse("  Laura.Bennett@Example.ORG ")).toBe("laura.bennett@example.org");
  });

  it("explains a malformed email", () => {
    const result = EmailSchema.safeParse("laura@");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("Enter a valid email address, like name@example.com.");
  });

  it("requires a name and trims it", () => {
    expect(PersonNameSchema.parse("  Sam ")).toBe("Sam");
    expect(PersonNameSchema.safeParse("   ").error?.issues[0].message).toBe("Enter your name.");
  });

  it("accepts IANA time zones and refuses others", () => {
    expect(TimeZoneSchema.parse("America/New_York")).toBe("America/New_York");
    expect(TimeZoneSchema.safeParse("Mars/Olympus").success).toBe(false);
    expect(TimeZoneSchema.safeParse("").success).toBe(false);
  });
});

describe("password strength", () => {
  it("asks for at least 10 characters", () => {
    expect(passwordProblem("abc12", {})).toBe("Use at least 10 characters.");
  });

  it("refuses common passwords", () => {
    expect(passwordProblem("password123", {})).toMatch(/too easy to guess/);
    expect(passwordProblem("qwertyuiop", {})).toMatch(/too easy to guess/);
  });

  it("refuses a password built from the person's own name", () => {
    expect(passwordProblem("reyesmaya1", { name: "Maya Reyes" })).toMatch(
      /too easy to guess: There should not be any personal/,
    );
  });

  it("refuses a password built from the person's own email address", () => {
    expect(passwordProblem("grace@okafor.test", { email: "Grace@okafor.test" })).toMatch(/personal/);
    expect(passwordProblem("okafor.test!2", { email: "grace@okafor.test" })).toMatch(/personal/);
  });

  it("accepts a few unrelated words", () => {
    expect(passwordProblem("calm-harbor-lantern", {})).toBeNull();
  });
});
