// The text drawn in a PDF written by pdfkit with its standard fonts: inflate
// each content stream and decode its TJ/Tj strings (hex, WinAnsi). Enough for
// tests to check that real, searchable text is in the file, not an image.
import { inflateSync } from "node:zlib";

// WinAnsi differs from Latin-1 in 0x80–0x9F; these are the ones Mend's text uses.
const WIN_ANSI: Record<number, string> = {
  0x85: "…",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x80: "€",
};

function decodeHex(hex: string): string {
  return [...Buffer.from(hex, "hex")].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join("");
}

export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const bytes = Buffer.from(raw.slice(start, end), "latin1");
    let content: string;
    try {
      content = inflateSync(bytes).toString("latin1");
    } catch {
      content = bytes.toString("latin1");
    }
    for (const op of content.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const parts = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [op[2]];
      lines.push(parts.map(decodeHex).join(""));
    }
    streams.lastIndex = end;
  }
  // Wrapped lines join with a space, as a reader would read them.
  return lines.join(" ").replace(/\s+/g, " ");
}
