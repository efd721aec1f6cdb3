import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ContactDto } from './contacts.views';
import { created, IfMatch, noContent, ok, Operation, UuidParam } from '../openapi/operation';
import { PageOf } from '../openapi/page';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { contactView, ContactsService } from '../../../libs/crm/contacts/contacts.service';
import { type Principal } from '../../../libs/crm/users/role';
import { CreateContactDto, ListContactsQueryDto, UpdateContactDto } from './contacts.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('api/v1/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createContact',
    summary: 'Create a contact',
    answer: created(ContactDto, 'the contact'),
    problems: ['invalid-fields'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateContactDto) {
    const contact = await this.contacts.create(p, body);
    return contactView(contact);
  }

  @Get()
  @Operation({
    id: 'listContacts',
    summary: 'List contacts',
    answer: ok(PageOf(ContactDto), 'a page of the contacts the caller may see'),
  })
  async list(@CurrentUser() p: Principal, @Query() query: ListContactsQueryDto) {
    const page = await this.contacts.list(p, query);
    return { ...page, items: page.items.map(contactView) };
  }

  @Get(':id')
  @Operation({ id: 'getContact', summary: 'Read a contact', answer: ok(ContactDto, 'the contact') })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const contact = await this.contacts.get(p, id);
    return contactView(contact);
  }

  @Patch(':id')
  @Operation({
    id: 'updateContact',
    summary: 'Change a contact',
    answer: ok(ContactDto, 'the contact as changed'),
    problems: ['invalid-fields'],
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
  })
  async archive(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.contacts.archive(p, id, ifMatch);
  }
}
