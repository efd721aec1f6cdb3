import { ApiProperty } from '@nestjs/swagger';
import { type WebhookDelivery } from '../../../libs/crm/webhooks/webhook-delivery.entity';
import { type WebhookEndpoint } from '../../../libs/crm/webhooks/webhook-endpoint.entity';
import {
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';

/** An outbound webhook endpoint, as listed: never its secret. */
export class WebhookEndpointDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'erp' })
  name!: string;

  @TextField({ example: 'https://erp.example.com/hooks/voronka' })
  url!: string;

  @ApiProperty({ type: [String], example: ['deal.won'] })
  events!: string[];

  @DateTimeField()
  createdAt!: string;
}

/** A new endpoint, with its signing secret: shown this once. */
export class CreatedWebhookEndpointDto extends WebhookEndpointDto {
  @TextField({
    example: 'whsec_3q2-7wE…',
    description:
      'signs every delivery: x-voronka-signature is sha256= and the hex HMAC-SHA256 of "<x-voronka-timestamp>.<body>"; shown only now',
  })
  secret!: string;
}

/** One POST of a delivery and the endpoint's answer. */
export class WebhookAttemptDto {
  @IntField({ minimum: 1 })
  number!: number;

  @DateTimeField()
  at!: string;

  @IntField({ nullable: true, description: 'the HTTP status; null when no answer came' })
  status!: number | null;

  @TextField({
    nullable: true,
    description: 'the first 1,000 characters of the answer, or why there was none',
  })
  answer!: string | null;

  @IntField({ minimum: 0 })
  durationMs!: number;
}

/** One event for one endpoint, with every attempt to deliver it. */
export class WebhookDeliveryDto {
  @UuidField({ description: 'the delivery id (x-voronka-delivery), the same on every attempt' })
  id!: string;

  @TextField({ example: 'deal.won' })
  event!: string;

  @EnumField(['pending', 'delivered', 'failed'], { name: 'WebhookDeliveryStatus' })
  status!: string;

  @TextField({ description: 'the body sent, as sent' })
  body!: string;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField({ nullable: true })
  deliveredAt!: string | null;

  @TextField({ nullable: true, description: 'why it was given up, after the last attempt' })
  failure!: string | null;

  @NestedField([WebhookAttemptDto])
  attempts!: WebhookAttemptDto[];
}

export function endpointView(e: WebhookEndpoint): WebhookEndpointDto {
  return {
    id: e.id,
    name: e.name,
    url: e.url,
    events: e.events,
    createdAt: e.createdAt.toISOString(),
  };
}

export function deliveryView(d: WebhookDelivery): WebhookDeliveryDto {
  return {
    id: d.id,
    event: d.event,
    status: d.status,
    body: d.body,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    failure: d.failure ?? null,
    attempts: d.attempts.getItems().map((a) => ({
      number: a.number,
      at: a.at.toISOString(),
      status: a.status ?? null,
      answer: a.answer ?? null,
      durationMs: a.durationMs,
    })),
  };
}
