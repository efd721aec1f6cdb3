import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
  @ApiCreatedResponse()
  async create(@CurrentUser() p: Principal, @Body() body: CreateContactDto) {
    const contact = await this.contacts.create(p, body);
    return contactView(contact);
  }

  @Get()
  @ApiOkResponse({ description: 'the contacts you may see: a page, the total and the next cursor' })
  async list(@CurrentUser() p: Principal, @Query() query: ListContactsQueryDto) {
    const page = await this.contacts.list(p, query);
    return { ...page, items: page.items.map(contactView) };
  }

  @Get(':id')
  @ApiForbiddenResponse({ description: 'not among the records you may see' })
  async get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string) {
    const contact = await this.contacts.get(p, id);
    return contactView(contact);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'If-Match names an older version' })
  async update(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateContactDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const contact = await this.contacts.update(p, id, body, ifMatch);
    return contactView(contact);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived (kept for the history that refers to it)' })
  async archive(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.contacts.archive(p, id, ifMatch);
  }
}
