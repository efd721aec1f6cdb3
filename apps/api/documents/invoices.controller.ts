import { invoiceView } from '../../../libs/crm/documents/document.views';
import { Invoice } from '../../../libs/crm/documents/invoice.entity';
import { DocumentRoutes } from './document-routes';
import { CreateInvoiceDto, ListInvoicesQueryDto, UpdateInvoiceDto } from './documents.dto';
import { InvoiceDto } from './documents.views';

/** An invoice's routes: those every sales document has. */
export class InvoicesController extends DocumentRoutes({
  kind: 'invoice',
  noun: 'Invoice',
  one: 'an invoice',
  numbered: 'INV-<year>-<seq>',
  entity: Invoice,
  answer: InvoiceDto,
  view: invoiceView,
  createBody: CreateInvoiceDto,
  updateBody: UpdateInvoiceDto,
  listQuery: ListInvoicesQueryDto,
  create: (documents, p, body: CreateInvoiceDto) => documents.createInvoice(p, body),
  get: (documents, p, id) => documents.getInvoice(p, id),
  update: (documents, p, id, body: UpdateInvoiceDto, ifMatch) =>
    documents.updateInvoice(p, id, body, ifMatch),
}) {}
