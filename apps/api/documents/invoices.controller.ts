import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { DocumentLifecycleService } from '../../../libs/crm/documents/document-lifecycle.service';
import { invoiceView } from '../../../libs/crm/documents/document.views';
import { type Principal } from '../../../libs/crm/users/role';
import { IfMatch, ok, Operation, UuidParam } from '../openapi/operation';
import { Invoice } from '../../../libs/crm/documents/invoice.entity';
import { DocumentRoutes } from './document-routes';
import {
  CancelInvoiceDto,
  CreateInvoiceDto,
  ListInvoicesQueryDto,
  UpdateInvoiceDto,
} from './documents.dto';
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

/** What only invoices have: cancelling one. */
@ApiTags('invoices')
@ApiBearerAuth()
@Controller('api/v1/invoices')
export class InvoiceLifecycleController {
  constructor(private readonly lifecycle: DocumentLifecycleService) {}

  @Post(':id/cancel')
  @Roles('admin', 'head')
  @Operation({
    id: 'cancelInvoice',
    summary: 'Cancel an invoice, with the reason (heads of sales and admins)',
    description:
      'A head cancels the invoices of their team, an admin any. An invoice that received money (paid or partly paid) is not cancelled (409), nor one cancelled already; a cancelled invoice takes no payments and never becomes overdue.',
    answer: ok(InvoiceDto, 'cancelled, with who cancelled it, when and why'),
    problems: ['invalid-fields', 'state-conflict'],
  })
  async cancel(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: CancelInvoiceDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return invoiceView(await this.lifecycle.cancelInvoice(p, id, body.reason, ifMatch));
  }
}
