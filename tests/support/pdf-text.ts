// The text a PDF reader finds in a file (PDF.js, through unpdf): enough for tests
// to check that real, searchable text is in the file, not an image, and that it
// reads as written (the embedded font's letters map back to Unicode).
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  // Wrapped lines join with a space, as a reader would read them.
  return text.replace(/\s+/g, " ");
}
