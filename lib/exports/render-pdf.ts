// Renders a record document to PDF as real, searchable text in Noto Sans, embedded
// (only the letters used), so names and words in any Latin, Greek or Cyrillic
// alphabet print as written; emoji print as their names (printable-text.ts).
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Block } from "./record-document";
import { LOST_CHARACTERS_NOTE, printableText } from "./printable-text";

// From the package's own folder: the server runs from the project's root (server.ts), as do the tests.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
const FONTS = {
  Body: "400Regular/NotoSans_400Regular.ttf",
  Bold: "700Bold/NotoSans_700Bold.ttf",
  Italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
};

export function renderPdf(blocks: Block[], info: { title: string; author: string }): Promise<Buffer> {
  let lost = false;
  const printable = (text: string) => {
    const printed = printableText(text);
    lost ||= printed.lost;
    return printed.text;
  };
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    // The document's properties are not drawn: a reader shows them in its own font.
    info: { Title: info.title, Author: info.author, Creator: "Mend" },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, path.join(FONT_DIR, file));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 112;
  for (const block of blocks) {
    switch (block.type) {
      case "title":
        doc.font("Bold").fontSize(17).fillColor("#1f2a37").text(printable(block.text), { width }).moveDown(0.4);
        break;
      case "heading":
        doc
          .moveDown(0.6)
          .font("Bold")
          .fontSize(12.5)
          .fillColor("#1f2a37")
          .text(printable(block.text), { width })
          .moveDown(0.2);
        break;
      case "meta":
        doc.font("Italic").fontSize(9.5).fillColor("#4b5563").text(printable(block.text), { width });
        break;
      case "paragraph":
        doc.font("Body").fontSize(10.5).fillColor("#111827").text(printable(block.text), { width, paragraphGap: 4 });
        break;
      case "quote":
        doc
          .font("Italic")
          .fontSize(10.5)
          .fillColor("#374151")
          .text(`“${printable(block.text)}”`, doc.page.margins.left + 16, undefined, { width: width - 16 });
        doc
          .font("Body")
          .fontSize(8.5)
          .fillColor("#6b7280")
          .text(`— ${printable(block.cite)}`, { width: width - 16 })
          .moveDown(0.3);
        doc.x = doc.page.margins.left;
        break;
      case "day":
        doc
          .moveDown(0.5)
          .font("Bold")
          .fontSize(10)
          .fillColor("#4b5563")
          .text(printable(block.text), { width })
          .moveDown(0.2);
        break;
      case "line":
        doc
          .font("Bold")
          .fontSize(9.5)
          .fillColor("#111827")
          .text(`${block.time}  ${printable(block.who)}: `, { width, continued: true });
        doc.font("Body").text(printable(block.text), { continued: Boolean(block.aside) });
        if (block.aside)
          doc
            .font("Italic")
            .fillColor("#9a3412")
            .text(`  (${printable(block.aside)})`);
        doc.moveDown(0.15);
        break;
      case "event":
        doc
          .font("Italic")
          .fontSize(9)
          .fillColor("#6b7280")
          .text(`${block.time}  ${printable(block.text)}`, { width })
          .moveDown(0.15);
        break;
    }
  }
  if (lost) doc.moveDown(1).font("Italic").fontSize(8.5).fillColor("#6b7280").text(LOST_CHARACTERS_NOTE, { width });
  doc.end();
  return done;
}
