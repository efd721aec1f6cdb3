import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpStatus,
  Inject,
  Logger,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { Public } from '../../../libs/crm/auth/auth.decorators';
import { WEB_FORM_FIELDS, type WebForm } from '../../../libs/crm/web-forms/web-form.entity';
import { WebFormsService } from '../../../libs/crm/web-forms/web-forms.service';
import { DomainError, InvalidFieldsError } from '../../../libs/errors';
import { file, Operation } from '../openapi/operation';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import {
  FORM_CSS,
  formHtml,
  HONEYPOT_FIELD,
  notFoundHtml,
  thanksHtml,
  unavailableHtml,
} from './web-form-page';
import { checkValues } from './web-form-values';

const HTML = { 'text/html': { schema: { type: 'string' as const } } };
const SLUG = ApiParam({
  name: 'slug',
  description: 'the form’s slug (its `url` in the admin API)',
  schema: { type: 'string' },
});
const NOT_FOUND = ApiResponse({
  status: HttpStatus.NOT_FOUND,
  description: 'no such form, or it was deactivated',
  content: HTML,
});

/**
 * The public page of a web form (no login, embeddable in any site): a plain HTML form that posts
 * back here; a post creates a lead as POST /api/v1/leads does. Abuse: a honeypot field (a post
 * that fills it is thanked and creates nothing), a limit of posts per address (429), a body
 * limit (413, body-limits.ts); bad values show the page again with the problems beside the
 * fields (400), never a 5xx.
 */
@ApiTags('web form pages')
@Public()
@Controller('f')
export class PublicWebFormController {
  private readonly logger = new Logger('WebForms');

  constructor(
    private readonly forms: WebFormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('form.css')
  @RateLimit('public', 'address')
  @Operation({
    id: 'webFormStylesheet',
    summary: 'The web form pages’ stylesheet',
    answer: file('text/css', 'the stylesheet'),
  })
  stylesheet(@Res() res: Response) {
    res.setHeader('Cache-Control', 'public, max-age=3600').type('css').send(FORM_CSS);
  }

  @Get(':slug')
  @RateLimit('public', 'address')
  @Operation({
    id: 'showWebForm',
    summary: 'A web form’s page',
    answer: file('text/html', 'the form'),
  })
  @applyDecorators(SLUG, NOT_FOUND)
  async show(@Param('slug') slug: string, @Res() res: Response) {
    const form = await this.forms.findPublic(slug);
    if (!form) return this.page(res, HttpStatus.NOT_FOUND, notFoundHtml(this.locale));
    this.page(res, HttpStatus.OK, formHtml(this.locale, form));
  }

  @Post(':slug')
  @RateLimit('webForm', 'address')
  @Operation({
    id: 'submitWebForm',
    summary: 'Send a web form: creates a lead',
    description:
      'The lead is created as `POST /api/v1/leads` creates one (its workflow starts), with the form’s source, for its responsible (or the next member of its team). A returning visitor is not refused as a duplicate. A post that fills the honeypot field `website` is thanked alike and creates nothing.',
    answer: file('text/html', 'thanks: the form’s thank-you text'),
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      properties: Object.fromEntries(
        [...WEB_FORM_FIELDS, HONEYPOT_FIELD].map((f) => [f, { type: 'string' }]),
      ),
    },
    description: 'the form’s fields (others are ignored)',
  })
  @applyDecorators(
    SLUG,
    NOT_FOUND,
    ApiResponse({
      status: HttpStatus.BAD_REQUEST,
      description:
        'a value is missing or wrong: the page again, with the problems beside the fields (HTML); or a body that cannot be read (problem details)',
      content: {
        ...HTML,
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      },
    }),
    ApiResponse({
      status: HttpStatus.SERVICE_UNAVAILABLE,
      description: 'the CRM cannot take leads now (no lead rules are published)',
      content: HTML,
    }),
  )
  async submit(
    @Param('slug') slug: string,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const form = await this.forms.findPublic(slug);
    if (!form) return this.page(res, HttpStatus.NOT_FOUND, notFoundHtml(this.locale));
    const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const honeypot = fields[HONEYPOT_FIELD];
    if (honeypot !== undefined && honeypot !== '') {
      this.logger.log(`web form ${form.id}: a post from ${req.ip} filled the honeypot; dropped`);
      return this.page(res, HttpStatus.OK, thanksHtml(this.locale, form));
    }
    const checked = await checkValues(this.locale, form, body);
    if (Object.keys(checked.errors).length)
      return this.page(
        res,
        HttpStatus.BAD_REQUEST,
        formHtml(this.locale, form, checked.shown, checked.errors),
      );
    try {
      await this.forms.submit(form, checked.values);
    } catch (error) {
      return this.refused(res, form, checked.shown, error);
    }
    this.page(res, HttpStatus.OK, thanksHtml(this.locale, form));
  }

  /** The lead was refused: a value the domain refuses is shown at its field; else unavailable. */
  private refused(res: Response, form: WebForm, shown: Record<string, string>, error: unknown) {
    if (!(error instanceof DomainError)) throw error;
    const asked = new Set<string>(form.fields.map((f) => f.field));
    if (error instanceof InvalidFieldsError && error.fields.every((f) => asked.has(f.field)))
      return this.page(
        res,
        HttpStatus.BAD_REQUEST,
        formHtml(
          this.locale,
          form,
          shown,
          Object.fromEntries(error.fields.map((f) => [f.field, f.problem])),
        ),
      );
    this.logger.warn(`web form ${form.id}: the lead was refused: ${error.message}`);
    res.setHeader('Retry-After', '60');
    this.page(res, HttpStatus.SERVICE_UNAVAILABLE, unavailableHtml(this.locale, form));
  }

  private get locale(): string {
    return this.config.defaultLocale;
  }

  private page(res: Response, status: number, html: string) {
    res.status(status).setHeader('Cache-Control', 'no-store').type('html').send(html);
  }
}
