import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { signUpCounselor } from "@/lib/accounts/sign-up-counselor";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { createUser, uniqueEmail } from "../support/factories";

const valid = () => ({ name: "Dr. Ana Ortiz", email: uniqueEmail("ana"), password: "juniper-violin-compass", timeZone: "Europe/London" });

async function rejection(input: unknown): Promise<AppError> {
  const error = await signUpCounselor(input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("signUpCounselor", () => {
  it("creates a counselor with a normalised email, an Argon2id hash and the browser's time zone", async () => {
    const input = { ...valid(), email: "  Ana.Ortiz+" + Date.now() + "@Example.ORG " };
    const { id } = await signUpCounselor(input);
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(user.email).toBe(input.email.trim().toLowerCase());
    expect(user.role).toBe("COUNSELOR");
    expect(user.timeZone).toBe("Europe/London");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "wrong-password-here")).toBe(false);
  });

  it("refuses a malformed email with a message on the email field and writes nothing", async () => {
    const before = await prisma.user.count();
    const error = await rejection({ ...valid(), email: "ana-at-example" });
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors?.email).toEqual(["Enter a valid email address, like name@example.com."]);
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses a weak password with a message on the password field and writes nothing", async () => {
    const input = { ...valid(), password: "password1" };
    const error = await rejection(input);
    expect(error.fieldErrors?.password?.[0]).toBe("Use at least 10 characters.");
    expect(await prisma.user.findUnique({ where: { email: input.email } })).toBeNull();
  });

  it("refuses an email that is already taken, whatever its case, and leaves the existing account alone", async () => {
    const existing = await createUser({ role: "PARENT" });
    const error = await rejection({ ...valid(), email: existing.email.toUpperCase() });
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
    const after = await prisma.user.findUniqueOrThrow({ where: { email: existing.email } });
    expect(after).toEqual(existing);
  });

  it("creates exactly one account when two sign-ups race for the same email", async () => {
    const input = valid();
    const results = await Promise.allSettled([signUpCounselor(input), signUpCounselor(input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("falls back to UTC for an unknown time zone rather than refusing the person", async () => {
    const { id } = await signUpCounselor({ ...valid(), timeZone: "Nowhere/Land" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).timeZone).toBe("UTC");
  });

  it("reports every invalid field at once", async () => {
    const error = await rejection({ name: "", email: "", password: "" });
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
  });

  it("reports a taken email together with a weak password", async () => {
    const existing = await createUser();
    const error = await rejection({ ...valid(), email: existing.email, password: "password123" });
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect(error.fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
  });
});
