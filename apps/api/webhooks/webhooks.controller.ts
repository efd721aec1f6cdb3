import { Body, Controller, Delete, Get, Header, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import { WebhooksService } from '../../../libs/crm/webhooks/webhooks.service';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, noContent, ok, Operation, UuidParam } from '../openapi/operation';
import { PageOf } from '../openapi/page';
import { CreateWebhookEndpointDto, ListWebhookDeliveriesQueryDto } from './webhooks.dto';
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
  constructor(private readonly webhooks: WebhooksService) {}

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
    answer: ok(PageOf(WebhookDeliveryDto), 'a page of deliveries, newest first by default'),
    problems: ['not-found'],
  })
  async deliveries(
    @UuidParam() id: string,
    @Query() query: ListWebhookDeliveriesQueryDto,
  ): Promise<{ items: WebhookDeliveryDto[] }> {
    const page = await this.webhooks.deliveries(id, {
      limit: query.limit,
      cursor: query.cursor,
      offset: query.offset,
      sort: query.sort ?? '-createdAt',
    });
    return { ...page, items: page.items.map(deliveryView) };
  }
}
