import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../config';
import { CallsInFlight } from './calls-in-flight';

/** How long a shutdown waits at most for the calls to Temporal in flight. */
const SHUTDOWN_WAIT_MS = 15_000;

/** Injection tokens of the client side of Temporal. */
export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

/**
 * Answers whether the Temporal frontend is reachable, for the readiness probe,
 * and closes the API's connection at shutdown. The connection is lazy (see
 * the module), so the API starts, and reports "temporal: down", while
 * Temporal is unreachable, and reconnects by itself when it is back.
 */
@Injectable()
export class TemporalHealth implements OnApplicationShutdown {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    @Inject(TEMPORAL_CONNECTION) private readonly connection: Connection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calls: CallsInFlight,
  ) {}

  async check(timeoutMs: number): Promise<void> {
    const call = this.connection.withDeadline(Date.now() + timeoutMs, () =>
      this.connection.workflowService.describeNamespace({
        namespace: this.config.temporal.namespace,
      }),
    );
    this.inFlight.add(call);
    try {
      await call;
    } finally {
      this.inFlight.delete(call);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // The SDK retries an unanswered call on a timer; closing the channel under
    // it makes that timer throw. Let probes in flight reach their deadline first.
    await Promise.allSettled([...this.inFlight]);
    // And every other call (a workflow started, a signal): a retried call ends at its deadline.
    await this.calls.settled(SHUTDOWN_WAIT_MS);
    // A call still retrying (Temporal unreachable for longer) gets CANCELLED at its next attempt.
    this.calls.close();
    await this.connection.close();
  }
}
