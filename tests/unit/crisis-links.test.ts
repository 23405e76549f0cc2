import { describe, expect, it } from "vitest";
import { crisisLinks, DEFAULT_CRISIS_RESOURCES } from "@/lib/room/crisis-resources";

const links = (text: string) =>
  crisisLinks(text)
    .filter((s) => s.href)
    .map((s) => [s.text, s.href]);

describe("crisis lines with tappable links", () => {
  it("links the default lines' numbers and address, and keeps every word", () => {
    expect(links(DEFAULT_CRISIS_RESOURCES)).toEqual([
      ["988", "tel:988"],
      ["988", "tel:988"],
      ["988lifeline.org", "https://988lifeline.org"],
      ["911", "tel:911"],
    ]);
    expect(
      crisisLinks(DEFAULT_CRISIS_RESOURCES)
        .map((s) => s.text)
        .join(""),
    ).toBe(DEFAULT_CRISIS_RESOURCES);
  });

  it("reads numbers written with spaces, dashes, dots and brackets", () => {
    expect(links("Call 555-0100, Samaritans on 116 123, or +44 (0)800 1111.")).toEqual([
      ["555-0100", "tel:5550100"],
      ["116 123", "tel:116123"],
      ["+44 (0)800 1111", "tel:+448001111"],
    ]);
  });

  it("leaves short numbers, times and sentence ends alone", () => {
    expect(links("Open 24/7, 7 days a week.")).toEqual([]);
    expect(links("See https://example.org/help. Or text HOME to 741741!")).toEqual([
      ["https://example.org/help", "https://example.org/help"],
      ["741741", "tel:741741"],
    ]);
  });

  it("never links a wrong number: hours, ranges, times and years stay text", () => {
    expect(links("Call 988 24 hours a day.")).toEqual([["988", "tel:988"]]);
    expect(links("Text HOME to 741741 (24/7).")).toEqual([["741741", "tel:741741"]]);
    expect(links("Open 10.00-18.00 for ages 13-19, since 2024, at 18:30.")).toEqual([]);
    expect(links("Call 1-800-273-8255 or (800) 273-8255.")).toEqual([
      ["1-800-273-8255", "tel:18002738255"],
      ["(800) 273-8255", "tel:8002738255"],
    ]);
  });

  it("links an email address as mail, not as a web page", () => {
    expect(links("Write to jo@samaritans.org or visit samaritans.org.")).toEqual([
      ["jo@samaritans.org", "mailto:jo@samaritans.org"],
      ["samaritans.org", "https://samaritans.org"],
    ]);
  });

  it("gives plain text when there is nothing to link", () => {
    expect(crisisLinks("Talk to a trusted adult.")).toEqual([{ text: "Talk to a trusted adult." }]);
  });
});
