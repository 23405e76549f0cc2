// Renders a record document to PDF with pdfkit's standard fonts (Helvetica,
// built into every PDF reader; nothing downloaded or embedded), as real text.
import PDFDocument from "pdfkit";
import type { Block } from "./record-document";

// The standard fonts speak Windows-1252; anything else (emoji, other scripts) would print as garbage.
// A few common signs have a plain stand-in (the minus in "UTC−05:00", arrows); the rest becomes "?".
const STAND_INS: Record<string, string> = { "\u2212": "-", "\u2192": "->", "\u2190": "<-" };

function printable(text: string): string {
  return text
    .replace(/[\u2212\u2192\u2190]/g, (sign) => STAND_INS[sign] ?? "?")
    .replace(/[^\x09\x0A\x0D\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022\u20AC]/g, "?");
}

export function renderPdf(blocks: Block[], info: { title: string; author: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: printable(info.title), Author: printable(info.author), Creator: "Mend" },
  });
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
        doc
          .font("Helvetica-Bold")
          .fontSize(17)
          .fillColor("#1f2a37")
          .text(printable(block.text), { width })
          .moveDown(0.4);
        break;
      case "heading":
        doc
          .moveDown(0.6)
          .font("Helvetica-Bold")
          .fontSize(12.5)
          .fillColor("#1f2a37")
          .text(printable(block.text), { width })
          .moveDown(0.2);
        break;
      case "meta":
        doc.font("Helvetica-Oblique").fontSize(9.5).fillColor("#4b5563").text(printable(block.text), { width });
        break;
      case "paragraph":
        doc
          .font("Helvetica")
          .fontSize(10.5)
          .fillColor("#111827")
          .text(printable(block.text), { width, paragraphGap: 4 });
        break;
      case "quote":
        doc
          .font("Helvetica-Oblique")
          .fontSize(10.5)
          .fillColor("#374151")
          .text(`“${printable(block.text)}”`, doc.page.margins.left + 16, undefined, { width: width - 16 });
        doc
          .font("Helvetica")
          .fontSize(8.5)
          .fillColor("#6b7280")
          .text(`— ${printable(block.cite)}`, { width: width - 16 })
          .moveDown(0.3);
        doc.x = doc.page.margins.left;
        break;
      case "day":
        doc
          .moveDown(0.5)
          .font("Helvetica-Bold")
          .fontSize(10)
          .fillColor("#4b5563")
          .text(printable(block.text), { width })
          .moveDown(0.2);
        break;
      case "line":
        doc
          .font("Helvetica-Bold")
          .fontSize(9.5)
          .fillColor("#111827")
          .text(`${block.time}  ${printable(block.who)}: `, { width, continued: true });
        doc.font("Helvetica").text(printable(block.text), { continued: Boolean(block.aside) });
        if (block.aside)
          doc
            .font("Helvetica-Oblique")
            .fillColor("#9a3412")
            .text(`  (${printable(block.aside)})`);
        doc.moveDown(0.15);
        break;
      case "event":
        doc
          .font("Helvetica-Oblique")
          .fontSize(9)
          .fillColor("#6b7280")
          .text(`${block.time}  ${printable(block.text)}`, { width })
          .moveDown(0.15);
        break;
    }
  }
  doc.end();
  return done;
}
