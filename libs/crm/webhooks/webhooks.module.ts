import { Module } from '@nestjs/common';
import { WebhooksService } from './webhooks.service';

/** Outbound webhooks: endpoints, deliveries and their attempts. */
@Module({ providers: [WebhooksService], exports: [WebhooksService] })
export class WebhooksModule {}
