import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type RawBodyRequest,
  UnauthorizedException,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { type Request } from 'express';
import { ApiKey } from '../../../libs/crm/users/api-key.entity';
import { type Principal } from '../../../libs/crm/users/role';
import {
  checkWebhookSignature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../../libs/crm/payments/webhook-signature';

/**
 * Webhook deliveries are signed: HMAC-SHA256 under the calling key's signing secret over the
 * timestamp and the raw body. Runs after the auth guard (which found the key) and before the body
 * is parsed into a DTO, so an unsigned delivery is a 401 whatever its body, and changes nothing.
 */
@Injectable()
export class PaymentSignatureGuard implements CanActivate {
  constructor(private readonly orm: MikroORM) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<RawBodyRequest<Request> & { principal?: Principal }>();
    const keyId = request.principal?.apiKeyId;
    const key = keyId
      ? await this.orm.em.fork().findOne(ApiKey, { id: keyId }, { fields: ['signingSecret'] })
      : null;
    const check = checkWebhookSignature({
      secret: key?.signingSecret,
      timestamp: request.header(TIMESTAMP_HEADER),
      signature: request.header(SIGNATURE_HEADER),
      rawBody: request.rawBody,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    if (!check.ok) throw new UnauthorizedException(check.reason);
    return true;
  }
}
