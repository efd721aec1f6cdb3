import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ContactDto } from './contacts.views';
import {
  created,
  IfMatch,
  noContent,
  ok,
  Operation,
  UuidParam,
  listOrCsv,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { contactView, ContactsService } from '../../../libs/crm/contacts/contacts.service';
import { type Principal } from '../../../libs/crm/users/role';
import { CreateContactDto, ListContactsQueryDto, UpdateContactDto } from './contacts.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { RecordMergeService } from '../../../libs/crm/merging/record-merge.service';
import { MergeRecordDto } from '../duplicates/merge-record.dto';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('api/v1/contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly exports: ListExport,
    private readonly merges: RecordMergeService,
  ) {}

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createContact',
    summary: 'Create a contact',
    description:
      'Refused with 409 `duplicate-record` (listing the matches) when a contact with the same normalised email or phone exists, unless the body says `allowDuplicate: true`.',
    answer: created(ContactDto, 'the contact'),
    problems: ['invalid-fields', 'duplicate-record'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateContactDto) {
    const contact = await this.contacts.create(p, body);
    return contactView(contact);
  }

  @Get()
  @Operation({
    id: 'listContacts',
    summary: 'List contacts',
    answer: listOrCsv(PageOf(ContactDto), 'a page of the contacts the caller may see'),
  })
  async list(
    @CurrentUser() p: Principal,
    @Query() query: ListContactsQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    return this.exports.answer({ query, accept, name: 'contacts', item: ContactDto }, async (q) => {
      const page = await this.contacts.list(p, q);
      return { ...page, items: page.items.map(contactView) };
    });
  }

  @Get(':id')
  @Operation({
    id: 'getContact',
    summary: 'Read a contact',
    description: 'A contact merged into another answers 410 `record-merged` with `mergedInto`.',
    answer: ok(ContactDto, 'the contact'),
    problems: ['record-merged'],
  })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const contact = await this.contacts.get(p, id);
    return contactView(contact);
  }

  @Patch(':id')
  @Operation({
    id: 'updateContact',
    summary: 'Change a contact',
    answer: ok(ContactDto, 'the contact as changed'),
    problems: ['invalid-fields', 'record-merged'],
  })
  async update(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateContactDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const contact = await this.contacts.update(p, id, body, ifMatch);
    return contactView(contact);
  }

  @Delete(':id')
  @Operation({
    id: 'archiveContact',
    summary: 'Archive a contact',
    answer: noContent('archived (kept for the history that refers to it)'),
    problems: ['record-merged'],
  })
  async archive(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.contacts.archive(p, id, ifMatch);
  }

  @Post(':id/merge')
  @Operation({
    id: 'mergeContact',
    summary: 'Merge a contact into another',
    description:
      'The contact `id` is merged into the survivor `into`, in one transaction: its deals, activities, quotes, invoices, companies, comments, emails and converted leads become the survivor’s; the survivor’s empty fields are filled from it (values that differ are kept in a comment on the survivor). The merged contact is kept, marked merged: reading it answers 410 `record-merged` with `mergedInto`. The caller must be allowed to change both (a manager: their own; a head: their team’s; an admin: any).',
    answer: ok(ContactDto, 'the survivor, as merged'),
    problems: ['invalid-fields', 'record-merged', 'state-conflict'],
  })
  async merge(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: MergeRecordDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.merges.mergeContact(p, id, body.into, ifMatch);
    return contactView(await this.contacts.get(p, body.into));
  }
}
