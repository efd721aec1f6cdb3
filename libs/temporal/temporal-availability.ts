import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DomainError } from '../errors';
import { TemporalHealth } from './temporal-health';
import { isTemporalUnavailable } from './temporal-unavailable';

/** How often the server is asked whether it answers, and how long it has to answer. */
const WATCH_EVERY_MS = 3000;
const WATCH_TIMEOUT_MS = 2500;
/** Unanswered watches in a row that mark it down (slow answers on a busy machine do not). */
const WATCH_FAILURES_DOWN = 3;

/**
 * Whether the Temporal server answers, known ahead of the calls that need it: a watcher asks it
 * every 3 s (three unanswered in a row mark it down), and a call that finds it unavailable says
 * so at once. While it is down, callers
 * need not wait on it: creating a record answers at once (its workflow is started by the
 * reconciler once the server is back), and a move answers 503 at once.
 */
@Injectable()
export class TemporalAvailability implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Temporal');
  private down: { since: Date; error: string } | null = null;
  private timer?: NodeJS.Timeout;
  private watching?: Promise<void>;
  private failedWatches = 0;

  constructor(private readonly health: TemporalHealth) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.watching ??= this.health
        .check(WATCH_TIMEOUT_MS)
        .then(
          () => {
            this.failedWatches = 0;
            this.markUp();
          },
          (error: unknown) => {
            if (++this.failedWatches >= WATCH_FAILURES_DOWN) this.markDown(error);
          },
        )
        .finally(() => (this.watching = undefined));
    }, WATCH_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.watching;
  }

  /** Down since when, and why; null while it answers. */
  get state(): { since: Date; error: string } | null {
    return this.down;
  }

  /** Throws the 503 of a server known to be down. */
  assertUp(): void {
    if (this.down)
      throw new DomainError(
        'workflow-unavailable',
        `the workflow engine (Temporal) does not answer since ${this.down.since.toISOString()}; try again shortly`,
      );
  }

  markDown(error: unknown): void {
    if (this.down) return;
    this.down = { since: new Date(), error: (error as Error)?.message ?? String(error) };
    this.logger.warn(`Temporal does not answer: ${this.down.error}`);
  }

  markUp(): void {
    if (!this.down) return;
    this.logger.log(`Temporal answers again (down since ${this.down.since.toISOString()})`);
    this.down = null;
  }

  /**
   * Runs a call that needs the server: refused at once while it is known to be down; a call
   * that finds it unavailable marks it down and answers 503.
   */
  async call<T>(work: () => Promise<T>): Promise<T> {
    this.assertUp();
    try {
      return await work();
    } catch (error) {
      if (!isTemporalUnavailable(error)) throw error;
      this.markDown(error);
      throw new DomainError(
        'workflow-unavailable',
        'the workflow engine (Temporal) does not answer now; try again shortly',
      );
    }
  }
}
