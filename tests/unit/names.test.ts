import { describe, expect, it } from "vitest";
import { initialsOf, shortName } from "@/lib/people/names";

describe("shortName", () => {
  it.each([
    ["Laura Bennett", "Laura"],
    ["Dr. Maya Reyes", "Dr. Reyes"],
    ["Dr. Ana Herrera 🌿", "Dr. Herrera"],
    ["  Sam  ", "Sam"],
    ["Dr.", "Dr."],
    ["🌿 Leo", "Leo"],
    ["José Álvarez", "José"],
    ["Zoë", "Zoë"],
    ["李 小龙", "李"],
    ["🌿", "🌿"],
    ["", "Someone"],
  ])("%j → %j", (name, expected) => expect(shortName(name)).toBe(expected));
});

describe("initialsOf", () => {
  it.each([
    ["Laura Bennett", "LB"],
    ["Dr. Maya Reyes", "MR"],
    ["Ema Cruz 🌸", "EC"],
    ["Sam", "S"],
    ["élodie durand", "ÉD"],
    ["🌿", "?"],
    ["", "?"],
  ])("%j → %j", (name, expected) => expect(initialsOf(name)).toBe(expected));

  it("never cuts a character in half", () => {
    for (const name of ["Ema 🌸", "🌸 Ema", "Ana 👩🏽‍🦱 Ruiz", "𝒜lex Kim"]) {
      // A lone surrogate is half of an emoji or a rare letter.
      expect(initialsOf(name)).not.toMatch(/\p{Cs}/u);
    }
  });
});
