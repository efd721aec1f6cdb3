import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import {
  customFieldView,
  CustomFieldsService,
} from '../../../libs/crm/custom-fields/custom-fields.service';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, IfMatch, noContent, ok, Operation, UuidParam } from '../openapi/operation';
import { PageOf } from '../openapi/page';
import {
  CreateCustomFieldDto,
  ListCustomFieldsQueryDto,
  UpdateCustomFieldDto,
} from './custom-fields.dto';
import { CustomFieldDto } from './custom-fields.views';

/**
 * The custom fields of leads, contacts, companies and deals: everyone reads their definitions
 * (forms show them); admins and sales ops keep them, as they keep the rules and the lead sources.
 */
@ApiTags('custom-fields')
@ApiBearerAuth()
@Controller('api/v1/custom-fields')
export class CustomFieldsController {
  constructor(private readonly fields: CustomFieldsService) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'createCustomField',
    summary: 'Define a custom field of a record type',
    description:
      'Its values are then accepted, checked and returned in the records’ `custom` (a map by code), filterable in their lists (`?custom=<code>:<value>`), readable by the rules (`deal.custom.<code>`) and their templates.',
    answer: created(CustomFieldDto, 'the custom field'),
    problems: ['invalid-fields', 'duplicate'],
  })
  async create(@Body() body: CreateCustomFieldDto) {
    return customFieldView(await this.fields.create(body));
  }

  @Get()
  @Operation({
    id: 'listCustomFields',
    summary: 'List the custom fields',
    answer: ok(PageOf(CustomFieldDto), 'a page of custom fields, by position'),
  })
  async list(@Query() query: ListCustomFieldsQueryDto) {
    const page = await this.fields.list(query);
    return { ...page, items: page.items.map(customFieldView) };
  }

  @Get(':id')
  @Operation({
    id: 'getCustomField',
    summary: 'Read a custom field',
    answer: ok(CustomFieldDto, 'the custom field'),
  })
  async get(@UuidParam() id: string) {
    return customFieldView(await this.fields.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'updateCustomField',
    summary: 'Change a custom field’s label, options, required, position or activity',
    description:
      'Its code and type stay (records hold values by them): another type is refused with 422. Removing a list option that records hold is refused with 409, naming how many.',
    answer: ok(CustomFieldDto, 'the custom field as changed'),
    problems: ['invalid-fields', 'state-conflict'],
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateCustomFieldDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return customFieldView(await this.fields.update(id, body, ifMatch));
  }

  @Delete(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'deactivateCustomField',
    summary: 'Deactivate a custom field',
    answer: noContent(
      'deactivated: forms no longer show it and writes no longer take it; the values records hold stay',
    ),
  })
  async deactivate(@UuidParam() id: string, @IfMatch() ifMatch: string | undefined) {
    await this.fields.deactivate(id, ifMatch);
  }
}
