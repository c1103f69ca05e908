/** The text of a PDF (pdf-parse), one line per line of text, with the narrow spaces Intl puts in amounts made plain. */
import { PDFParse } from 'pdf-parse';

export async function pdfText(data: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data });
  try {
    return (await parser.getText()).text.replace(/[\u202f\u00a0]/g, ' ');
  } finally {
    await parser.destroy();
  }
}
