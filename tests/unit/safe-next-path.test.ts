import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/http/safe-next-path";

describe("the path after sign-in", () => {
  it.each(["/", "/families/abc", "/sessions/x/room?tab=notes", "/schedule#week"])(
    "keeps a path on the site: %s",
    (path) => {
      expect(safeNextPath(path)).toBe(path);
    },
  );

  it.each([
    ["a protocol-relative URL", "//evil.example/"],
    ["a backslash the browser reads as a slash", "/\\evil.example/"],
    ["an encoded backslash", "/%5Cevil.example/"],
    ["an encoded slash", "/%2Fevil.example/"],
    ["a tab inside the slashes", "/\t/evil.example/"],
    ["a newline", "/\n/evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["nothing", undefined],
    ["a list", ["/a", "/b"]],
  ])("sends %s home instead", (_label, next) => {
    expect(safeNextPath(next)).toBe("/");
  });
});
