import PDFDocument from 'pdfkit';
import { formatMoney } from '../money/money';

export interface PdfParty {
  name: string;
  lines: string[];
}

export interface PdfRow {
  name: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  total: string;
}

export interface PdfDocumentData {
  kind: 'quote' | 'invoice';
  number: string;
  currency: string;
  issuedOn: string;
  /** Quotes: valid until; invoices: due date. */
  dateLabel: string;
  date: string | null;
  seller: PdfParty;
  buyer: PdfParty | null;
  rows: PdfRow[];
  totals: { net: string; tax: string; total: string; discount: string };
  taxes: { rate: string; tax: string }[];
  notes?: string | null;
  /** Quotes: the text above the rows and the terms below the totals (from a quote template). */
  intro?: string | null;
  terms?: string | null;
  /** The locale the totals are written in (BCP 47); en-US when unset. */
  locale?: string;
}

/**
 * A quote or an invoice as PDF (pdfkit, A4, the built-in Helvetica): seller
 * and buyer, the rows, tax per rate and totals, with the validity or due date.
 * Content streams are left uncompressed: the files stay small and their text
 * searchable by tests and by archiving tools.
 */
export function renderDocumentPdf(data: PdfDocumentData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      compress: false,
      info: { Title: `${title(data)} ${data.number}`, Author: data.seller.name },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(`${title(data)} ${data.number}`);
    doc.moveDown(0.5).font('Helvetica').fontSize(10);
    doc.text(`Date: ${data.issuedOn}`);
    if (data.date) doc.text(`${data.dateLabel}: ${data.date}`);
    doc.moveDown();

    const top = doc.y;
    party(doc, 'From', data.seller, 50, top);
    if (data.buyer) party(doc, 'To', data.buyer, 300, top);
    doc.y = Math.max(doc.y, top + 80);
    doc.moveDown();
    if (data.intro) {
      doc.font('Helvetica').text(data.intro, 50, doc.y, { width: 495 });
      doc.moveDown();
    }

    const columns = [
      { label: 'Item', x: 50, width: 180, align: 'left' as const },
      { label: 'Qty', x: 230, width: 50, align: 'right' as const },
      { label: 'Unit price', x: 285, width: 75, align: 'right' as const },
      { label: 'Disc. %', x: 365, width: 45, align: 'right' as const },
      { label: 'Tax %', x: 415, width: 40, align: 'right' as const },
      { label: `Total ${data.currency}`, x: 460, width: 85, align: 'right' as const },
    ];
    const row = (values: string[], bold = false) => {
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
      let bottom = y;
      columns.forEach((c, i) => {
        doc.text(values[i], c.x, y, { width: c.width, align: c.align });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom + 4;
      doc.x = 50;
    };
    row(
      columns.map((c) => c.label),
      true,
    );
    for (const r of data.rows)
      row([r.name, `${r.quantity} ${r.unit}`, r.unitPrice, r.discountPercent, r.taxRate, r.total]);

    doc.moveDown();
    const totalLine = (label: string, value: string, bold = false) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
      const y = doc.y;
      doc.text(label, 300, y, { width: 155, align: 'right' });
      doc.text(pdfMoney(value, data), 460, y, { width: 85, align: 'right' });
      doc.x = 50;
    };
    if (data.totals.discount !== '0.00' && data.totals.discount !== '0')
      totalLine('Discount', data.totals.discount);
    totalLine('Net', data.totals.net);
    for (const t of data.taxes) totalLine(`Tax ${t.rate} %`, t.tax);
    totalLine('Total', data.totals.total, true);

    if (data.terms) {
      doc.moveDown(2).font('Helvetica').text(data.terms, 50, doc.y, { width: 495 });
    }

    if (data.notes) {
      doc.moveDown(2).font('Helvetica').text(data.notes, 50, doc.y, { width: 495 });
    }
    doc.end();
  });
}

/**
 * A total as people read money, in the document's locale: `USD 1,440.00`. The currency by its
 * code, and narrow spaces made plain ones: the built-in font has no ₽ nor U+202F.
 */
function pdfMoney(value: string, data: PdfDocumentData): string {
  return formatMoney(value, data.currency, data.locale ?? 'en-US', 'code').replace(
    /\u202f/g,
    '\u00a0',
  );
}

function title(data: PdfDocumentData): string {
  return data.kind === 'quote' ? 'Quote' : 'Invoice';
}

function party(doc: PDFKit.PDFDocument, label: string, p: PdfParty, x: number, y: number) {
  doc.font('Helvetica-Bold').text(label, x, y, { width: 230 });
  doc.font('Helvetica').text(p.name, x, doc.y, { width: 230 });
  for (const line of p.lines) doc.text(line, x, doc.y, { width: 230 });
}
