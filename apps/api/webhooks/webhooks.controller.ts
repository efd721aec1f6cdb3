import { Body, Controller, Delete, Get, Header, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import { WebhooksService } from '../../../libs/crm/webhooks/webhooks.service';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, noContent, ok, Operation, UuidParam, listOrCsv } from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import {
  CreateWebhookEndpointDto,
  ListWebhookDeliveriesQueryDto,
  UpdateWebhookEndpointDto,
} from './webhooks.dto';
import {
  CreatedWebhookEndpointDto,
  deliveryView,
  endpointView,
  WebhookDeliveryDto,
  WebhookEndpointDto,
} from './webhooks.views';

/** Outbound webhook endpoints, where the rules' post_webhook deliveries go. Admins only. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/v1/webhook-endpoints')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly exports: ListExport,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin')
  // The answer carries the signing secret: no cache keeps it.
  @Header('Cache-Control', 'no-store')
  @Operation({
    id: 'createWebhookEndpoint',
    summary: 'Register an outbound webhook endpoint',
    answer: created(CreatedWebhookEndpointDto, 'the endpoint and its signing secret, shown once'),
    problems: ['duplicate'],
  })
  async create(@Body() body: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointDto> {
    const { endpoint, secret } = await this.webhooks.register(body);
    return { ...endpointView(endpoint), secret };
  }

  @Get()
  @Roles('admin')
  @Operation({
    id: 'listWebhookEndpoints',
    summary: 'List the outbound webhook endpoints',
    answer: ok([WebhookEndpointDto], 'every endpoint not removed, oldest first'),
  })
  async list(): Promise<WebhookEndpointDto[]> {
    return (await this.webhooks.list()).map(endpointView);
  }

  @Patch(':id')
  @Roles('admin')
  @Operation({
    id: 'updateWebhookEndpoint',
    summary: 'Change an outbound webhook endpoint’s address or events (its name stays)',
    description: 'Deliveries not yet delivered go to the new address on their next attempt.',
    answer: ok(WebhookEndpointDto, 'the endpoint as changed'),
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointDto> {
    return endpointView(await this.webhooks.update(id, body));
  }

  @Post(':id/secret')
  @Roles('admin')
  @Header('Cache-Control', 'no-store')
  @Operation({
    id: 'rotateWebhookEndpointSecret',
    summary: 'Give an outbound webhook endpoint a new signing secret',
    description: 'The old secret signs nothing more; the new one is answered this once.',
    answer: ok(CreatedWebhookEndpointDto, 'the endpoint and its new signing secret, shown once'),
  })
  async rotateSecret(@UuidParam() id: string): Promise<CreatedWebhookEndpointDto> {
    const { endpoint, secret } = await this.webhooks.rotateSecret(id);
    return { ...endpointView(endpoint), secret };
  }

  @Delete(':id')
  @Roles('admin')
  @Operation({
    id: 'removeWebhookEndpoint',
    summary: 'Remove an outbound webhook endpoint',
    answer: noContent('removed: it receives nothing more, its deliveries stay listed'),
  })
  async remove(@UuidParam() id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  @Get(':id/deliveries')
  @Roles('admin')
  @Operation({
    id: 'listWebhookDeliveries',
    summary: 'List an endpoint’s deliveries, each with its attempts and answers',
    answer: listOrCsv(PageOf(WebhookDeliveryDto), 'a page of deliveries, newest first by default'),
    problems: ['not-found'],
  })
  async deliveries(
    @UuidParam() id: string,
    @Query() query: ListWebhookDeliveriesQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'webhook-deliveries', item: WebhookDeliveryDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.webhooks.deliveries(id, {
        limit: q.limit,
        cursor: q.cursor,
        offset: q.offset,
        sort: q.sort ?? '-createdAt',
      });
      return { ...page, items: page.items.map(deliveryView) };
    });
  }
}
