import path from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/exports/render-pdf";
import { LOST_CHARACTERS_NOTE, printableText } from "@/lib/exports/printable-text";
import { pdfText } from "../support/pdf-text";

describe("printableText", () => {
  it("keeps every Latin, Greek and Cyrillic letter as written", () => {
    for (const name of [
      "Łukasz Wójcik",
      "Nguyễn Thị Hương",
      "Şükrü Öztürk",
      "Ἀθηνᾶ Παπαδοπούλου",
      "Дмитрий Иванов",
      "Zoë",
    ])
      expect(printableText(name)).toEqual({ text: name, lost: false });
  });

  it("prints emoji as their names, skin tones and joined families included", () => {
    expect(printableText("im dead 😂😂").text).toBe("im dead (face with tears of joy)(face with tears of joy)");
    expect(printableText("ok 👍🏽").text).toBe("ok (thumbs up)");
    expect(printableText("us 👩‍👦").text).toBe("us (family woman, boy)");
    expect(printableText("❤️ u").text).toBe("(red heart) u");
    expect(printableText("room 1️⃣").text).toBe("room (keycap 1)");
    expect(printableText("😂").lost).toBe(false);
  });

  it("turns letters the font lacks into ? and says so; arrows get a stand-in", () => {
    expect(printableText("שלום Dana")).toEqual({ text: "???? Dana", lost: true });
    expect(printableText("王伟")).toEqual({ text: "??", lost: true });
    expect(printableText("Maya → Sam")).toEqual({ text: "Maya -> Sam", lost: false });
    // Invisible marks print as nothing.
    expect(printableText("a\u200Bb\u200Ec")).toEqual({ text: "abc", lost: false });
  });

  it("keeps only what the embedded fonts draw (checked against the font files)", () => {
    const dir = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans");
    const fonts = [
      "400Regular/NotoSans_400Regular.ttf",
      "700Bold/NotoSans_700Bold.ttf",
      "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
    ].map((file) => fontkit.openSync(path.join(dir, file)) as fontkit.Font);
    const kept: number[] = [];
    for (let c = 0x20; c <= 0x2fff; c++) {
      const char = String.fromCodePoint(c);
      if (/[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]/u.test(char) && printableText(char).text === char) kept.push(c);
    }
    expect(kept.length).toBeGreaterThan(1500);
    const missing = kept.filter((c) => fonts.some((font) => !font.hasGlyphForCodePoint(c)));
    expect(missing.map((c) => c.toString(16))).toEqual([]);
  });
});

describe("renderPdf", () => {
  it("prints names in other alphabets and emoji as searchable text, and notes the characters it could not print", async () => {
    const pdf = await renderPdf(
      [
        { type: "title", text: "Transcript: Tuesday" },
        { type: "meta", text: "Present: Łukasz Wójcik (parent), Дмитрий (teen)" },
        { type: "line", time: "18:02", who: "Дмитрий", text: "ngl that was fun 😂" },
        { type: "line", time: "18:03", who: "Łukasz Wójcik", text: "Nguyễn said שלום" },
      ],
      { title: "Transcript", author: "Mend" },
    );
    const text = await pdfText(pdf);
    expect(text).toContain("Present: Łukasz Wójcik (parent), Дмитрий (teen)");
    expect(text).toContain("Дмитрий: ngl that was fun (face with tears of joy)");
    expect(text).toContain("Nguyễn said ????");
    expect(text).toContain(LOST_CHARACTERS_NOTE);
  });

  it("adds no note when everything printed", async () => {
    const pdf = await renderPdf([{ type: "paragraph", text: "Zoë agreed to text by 22:00 👍" }], {
      title: "t",
      author: "a",
    });
    const text = await pdfText(pdf);
    expect(text).toContain("Zoë agreed to text by 22:00 (thumbs up)");
    expect(text).not.toContain(LOST_CHARACTERS_NOTE);
  });
});
