/**
 * The text lines of an uncompressed PDF as pdfkit writes them: each
 * `[<hex> kern <hex> …] TJ` is one run of text; kerning numbers are not spaces.
 * Enough to check what a reader of our quotes and invoices sees.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\[((?:<[0-9a-f]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)].map((m) =>
    [...m[1].matchAll(/<([0-9a-f]*)>/g)]
      .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
      .join(''),
  );
}
