import {
  Global,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { IdempotencyStore } from './idempotency-store';

const PURGE_EVERY_MS = 10 * 60 * 1000;

/** Forgets expired idempotency keys every ten minutes (a repeat after that creates anew). */
@Injectable()
export class IdempotencyPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: IdempotencyStore) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.store.purgeExpired().catch((error: unknown) => this.logger.warn(error));
    }, PURGE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

@Global()
@Module({ providers: [IdempotencyStore, IdempotencyPurge], exports: [IdempotencyStore] })
export class IdempotencyModule {}
