import { describe, expect, it } from "vitest";
import { normalizeTyping, originalSpan } from "@/lib/moderation/normalize-typing";

const norm = (text: string) => normalizeTyping(text).text;

describe("normalizeTyping", () => {
  it.each([
    ["dont", "don't"],
    ["im done", "i'm done"],
    ["u r so annoying", "you are so annoying"],
    ["idc", "i don't care"],
    ["ngl tbh", "honestly honestly"],
    ["y would u do that", "why would you do that"],
    ["I’m fine", "i'm fine"],
  ])("spells texting the plain way: %j → %j", (input, output) => {
    expect(norm(input)).toBe(output);
  });

  it("reads 'ur' as 'you're' before a description and 'your' before a thing", () => {
    expect(norm("ur so annoying")).toBe("you're so annoying");
    expect(norm("ur the worst")).toBe("you're the worst");
    expect(norm("ur phone is on the table")).toBe("your phone is on the table");
    expect(norm("its not ur fault")).toBe("it's not your fault");
  });

  it("reads 'ill' as 'I'll' only where a sentence starts", () => {
    expect(norm("ill be there at 5")).toBe("i'll be there at 5");
    expect(norm("he is ill today")).toBe("he is ill today");
  });

  it("shortens stretched letters to the word", () => {
    expect(norm("leave me aloneeee")).toBe("leave me alone");
    expect(norm("shut up no wayyy")).toBe("shut up no way");
    expect(norm("soooo good")).toBe("so good");
    expect(norm("kisss")).toBe("kiss");
  });

  it("unmasks swear words hidden by symbols, digits and spacing", () => {
    expect(norm("holy sh*t")).toBe("holy shit");
    expect(norm("f**k this")).toBe("fuck this");
    expect(norm("a$$hole")).toBe("asshole");
    expect(norm("b!tch please")).toBe("bitch please");
    expect(norm("f u c k this")).toBe("fuck this");
    expect(norm("so f'ed up")).toBe("so fucked up");
  });

  it("leaves ordinary words, numbers and punctuation alone", () => {
    expect(norm("Can we talk at 5:30? I scored 455!")).toBe("can we talk at 5:30? i scored 455!");
    expect(norm("Great job!! 😂")).toBe("great job!! 😂");
  });

  it("maps every span of the normalized text back to the sender's own words", () => {
    const original = "ok ur sooo dumb lol";
    const n = normalizeTyping(original);
    const at = (word: string) => originalSpan(n, n.text.indexOf(word), n.text.indexOf(word) + word.length);
    expect(original.slice(at("dumb").start, at("dumb").end)).toBe("dumb");
    expect(original.slice(at("you're").start, at("you're").end)).toBe("ur");
    expect(original.slice(at("so").start, at("so").end)).toBe("sooo");
  });
});
