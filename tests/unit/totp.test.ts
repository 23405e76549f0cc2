import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import {
  acceptTotpCode,
  compactTotpCode,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from "@/lib/auth/totp";

const now = new Date("2026-11-24T10:00:10Z");
const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

describe("TOTP", () => {
  it("accepts the current code and names its time step", async () => {
    const secret = newTotpSecret();
    const step = await acceptTotpCode({ secret, code: await codeAt(secret, now), lastStep: null, now });
    expect(step).toBe(Math.floor(now.getTime() / 30_000));
  });

  it("accepts the previous step's code (clock drift) but not one from two minutes ago", async () => {
    const secret = newTotpSecret();
    expect(
      await acceptTotpCode({
        secret,
        code: await codeAt(secret, new Date(now.getTime() - 30_000)),
        lastStep: null,
        now,
      }),
    ).not.toBeNull();
    expect(
      await acceptTotpCode({
        secret,
        code: await codeAt(secret, new Date(now.getTime() - 120_000)),
        lastStep: null,
        now,
      }),
    ).toBeNull();
  });

  it("refuses a code whose step was already used", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, now);
    const step = await acceptTotpCode({ secret, code, lastStep: null, now });
    expect(await acceptTotpCode({ secret, code, lastStep: step, now })).toBeNull();
  });

  it("refuses malformed codes and another secret's code", async () => {
    const secret = newTotpSecret();
    expect(await acceptTotpCode({ secret, code: "12345", lastStep: null, now })).toBeNull();
    expect(await acceptTotpCode({ secret, code: "abcdef", lastStep: null, now })).toBeNull();
    expect(await acceptTotpCode({ secret, code: await codeAt(newTotpSecret(), now), lastStep: null, now })).toBeNull();
  });

  it("builds an otpauth URI an authenticator app can read", () => {
    expect(totpUri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "ana@example.test")).toMatch(
      /^otpauth:\/\/totp\/Mend:ana%40example\.test\?.*secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP/,
    );
  });

  it("makes ten distinct recovery codes whose hashes ignore case and spaces", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes.every((c) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(c))).toBe(true);
    expect(hashRecoveryCode(` ${codes[0].toUpperCase()} `)).toBe(hashRecoveryCode(codes[0]));
  });
});

describe("compactTotpCode", () => {
  it("takes six digits as an app shows or a paste brings them", () => {
    expect(compactTotpCode("123456")).toBe("123456");
    expect(compactTotpCode(" 123 456\t")).toBe("123456");
    expect(compactTotpCode("123-456")).toBe("123456");
  });

  it("refuses anything that is not six digits", () => {
    for (const code of ["12 34 5", "1234567", "12a456", "123–456", "", "k7mq2-x9d4r"])
      expect(compactTotpCode(code)).toBeNull();
  });
});
