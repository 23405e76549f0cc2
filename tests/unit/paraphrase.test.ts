import { describe, expect, it } from "vitest";
import { PARAPHRASE_STARTER, speaksForSelf, withStarterOnce } from "@/lib/room/paraphrase";

describe("the paraphrase starter", () => {
  it("keeps the starter once when the same words are typed or pasted after it", () => {
    expect(withStarterOnce(`${PARAPHRASE_STARTER}What I hear you saying is that you're tired.`)).toBe(
      "What I hear you saying is that you're tired.",
    );
    expect(withStarterOnce(`${PARAPHRASE_STARTER}what i hear you saying is you're tired`)).toBe(
      "what i hear you saying is you're tired",
    );
  });

  it("leaves everything else as it is", () => {
    for (const text of [PARAPHRASE_STARTER, `${PARAPHRASE_STARTER}that you're tired.`, "You feel left out.", ""])
      expect(withStarterOnce(text)).toBe(text);
  });
});

describe("speaksForSelf", () => {
  it("sets the listener's frame aside before looking for I, me, my", () => {
    expect(speaksForSelf("What I hear you saying is that you feel like you want to die.")).toBe(false);
    expect(speaksForSelf("It sounds like you're exhausted.")).toBe(false);
    expect(speaksForSelf("You feel like you want to die.")).toBe(false);
    expect(speaksForSelf("What I hear you saying is… sometimes I just want to kill myself")).toBe(true);
    expect(speaksForSelf("honestly im done with all of it")).toBe(true);
  });
});
