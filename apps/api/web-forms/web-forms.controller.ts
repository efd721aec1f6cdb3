import { Body, Controller, Delete, Get, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { CurrentUser, Roles } from '../../../libs/crm/auth/auth.decorators';
import { type Principal } from '../../../libs/crm/users/role';
import { webFormView, WebFormsService } from '../../../libs/crm/web-forms/web-forms.service';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, IfMatch, noContent, ok, Operation, UuidParam } from '../openapi/operation';
import { PageOf } from '../openapi/page';
import { CreateWebFormDto, ListWebFormsQueryDto, UpdateWebFormDto } from './web-forms.dto';
import { WebFormDto } from './web-forms.views';

/** Lead forms for websites (their public pages: PublicWebFormController): admins and sales ops. */
@ApiTags('web-forms')
@ApiBearerAuth()
@Roles('admin', 'salesops')
@Controller('api/v1/web-forms')
export class WebFormsController {
  constructor(
    private readonly forms: WebFormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createWebForm',
    summary: 'Define a web form',
    description:
      'Its page is at `url` (and `embedSnippet` shows it in another site); a post there creates a lead as `POST /api/v1/leads` does.',
    answer: created(WebFormDto, 'the form, with its public URL and embeddable snippet'),
    problems: ['invalid-fields'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateWebFormDto) {
    return webFormView(this.config, await this.forms.create(p, body));
  }

  @Get()
  @Operation({
    id: 'listWebForms',
    summary: 'List the web forms',
    answer: ok(PageOf(WebFormDto), 'a page of web forms, by name'),
  })
  async list(@Query() query: ListWebFormsQueryDto) {
    const page = await this.forms.list(query);
    return { ...page, items: page.items.map((f) => webFormView(this.config, f)) };
  }

  @Get(':id')
  @Operation({ id: 'getWebForm', summary: 'Read a web form', answer: ok(WebFormDto, 'the form') })
  async get(@UuidParam() id: string) {
    return webFormView(this.config, await this.forms.get(id));
  }

  @Patch(':id')
  @Operation({
    id: 'updateWebForm',
    summary: 'Change a web form (its slug stays, so embedded pages keep working)',
    answer: ok(WebFormDto, 'the form as changed'),
    problems: ['invalid-fields'],
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateWebFormDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return webFormView(this.config, await this.forms.update(id, body, ifMatch));
  }

  @Delete(':id')
  @Operation({
    id: 'deactivateWebForm',
    summary: 'Deactivate a web form',
    answer: noContent('deactivated: its page answers 404; its leads stay'),
  })
  async deactivate(@UuidParam() id: string, @IfMatch() ifMatch: string | undefined) {
    await this.forms.deactivate(id, ifMatch);
  }
}
