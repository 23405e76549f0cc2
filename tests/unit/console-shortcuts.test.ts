import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor } from "@/lib/room/console-shortcuts";

const press = (key: string, over: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key, typing: false, hasHeld: true, ...over });

describe("shortcutFor", () => {
  it("maps A, R and X to approve, return and reject, in either case", () => {
    expect(press("a")).toBe("APPROVE");
    expect(press("A")).toBe("APPROVE");
    expect(press("r")).toBe("RETURN");
    expect(press("x")).toBe("REJECT");
  });

  it("ignores other keys", () => {
    expect(press("b")).toBeNull();
    expect(press("Enter")).toBeNull();
    expect(press(" ")).toBeNull();
  });

  it("ignores keys while the counselor is typing", () => {
    expect(press("a", { typing: true })).toBeNull();
  });

  it("ignores keys with a modifier (Ctrl+A selects, Cmd+R reloads)", () => {
    expect(press("a", { ctrlKey: true })).toBeNull();
    expect(press("r", { metaKey: true })).toBeNull();
    expect(press("x", { altKey: true })).toBeNull();
  });

  it("does nothing when no message is waiting", () => {
    expect(press("a", { hasHeld: false })).toBeNull();
  });
});

describe("isTypingTarget", () => {
  const el = (tagName: string, inDialog = false, isContentEditable = false) => ({
    tagName,
    isContentEditable,
    closest: () => (inDialog ? {} : null),
  });

  it("counts text fields, selects and editable regions as typing", () => {
    expect(isTypingTarget(el("input"))).toBe(true);
    expect(isTypingTarget(el("TEXTAREA"))).toBe(true);
    expect(isTypingTarget(el("select"))).toBe(true);
    expect(isTypingTarget(el("div", false, true))).toBe(true);
  });

  it("counts anything inside an open dialog", () => {
    expect(isTypingTarget(el("button", true))).toBe(true);
  });

  it("does not count buttons or the page body", () => {
    expect(isTypingTarget(el("button"))).toBe(false);
    expect(isTypingTarget(el("BODY"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
