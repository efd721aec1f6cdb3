import { type EmbeddedTemporal } from './embedded-temporal-server';

/** The first wait before a restart, and the longest; it doubles after each quick failure. */
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** A server that ran this long before it exited starts again after the first wait. */
const STABLE_AFTER_MS = 60_000;

export interface SupervisedTemporal extends EmbeddedTemporal {
  /** How many times it was restarted. */
  readonly restarts: number;
}

/**
 * Keeps an embedded Temporal dev server running: when it exits on its own (killed, crashed),
 * it is started again on the same ports and data file, after a wait that doubles with each
 * failure in a row (1 s up to 30 s). The API's and the worker's connections reconnect by
 * themselves, and a persistent dev server keeps its workflows in its file, so nothing is lost.
 * stop() ends the supervision and the server.
 */
export async function superviseTemporal(
  start: () => Promise<EmbeddedTemporal>,
  log: (message: string) => void,
  backoff = { firstMs: FIRST_BACKOFF_MS, maxMs: MAX_BACKOFF_MS, stableAfterMs: STABLE_AFTER_MS },
): Promise<SupervisedTemporal> {
  let current = await start();
  let stopping = false;
  let restarts = 0;
  let wake: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = (async () => {
    let failuresInARow = 0;
    let failedStart: string | null = null;
    for (;;) {
      const startedAt = Date.now();
      const why = failedStart ?? `exited (${(await current.exited) ?? 'killed'})`;
      if (stopping) return;
      if (Date.now() - startedAt >= backoff.stableAfterMs) failuresInARow = 0;
      const waitMs = Math.min(backoff.maxMs, backoff.firstMs * 2 ** failuresInARow);
      failuresInARow++;
      log(`the Temporal dev server ${why}; starting it again in ${waitMs / 1000} s`);
      await pause(waitMs);
      if (stopping) return;
      try {
        current = await start();
        failedStart = null;
        restarts++;
        log(`the Temporal dev server is running again (restart ${restarts})`);
      } catch (error) {
        failedStart = `did not start: ${(error as Error).message}`;
      }
    }
  })();

  return {
    get address() {
      return current.address;
    },
    get uiUrl() {
      return current.uiUrl;
    },
    get pid() {
      return current.pid;
    },
    get exited() {
      return watch.then(() => null);
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      wake();
      await current.stop();
      await watch;
    },
  };
}
