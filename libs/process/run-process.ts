import { InvalidEnvironmentError } from '../config';

/** What a starting process registers, so that everything it started is stopped. */
export interface ProcessScope {
  /** Registers how to stop a part once it has started; parts stop in reverse order. */
  onStop(what: string, stop: () => Promise<void>): void;
}

/**
 * The one shutdown path of every Voronka process. `start` starts the parts and
 * registers how to stop each; on SIGINT/SIGTERM, or when a later part fails to
 * start, the parts already running are stopped in reverse order, so nothing is
 * left behind (the embedded Temporal server is a child process). A second
 * signal while stopping exits at once. A failure at start prints its reason
 * (without a stack trace for a bad environment) and exits 1.
 */
export function runProcess(name: string, start: (scope: ProcessScope) => Promise<string>): void {
  const stoppers: { what: string; stop: () => Promise<void> }[] = [];
  let stopping = false;

  const stopAll = async (): Promise<boolean> => {
    let clean = true;
    for (const { what, stop } of stoppers.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        clean = false;
        console.error(`${name}: stopping ${what} failed:`, error);
      }
    }
    return clean;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${name}: ${signal} again, exiting now`);
      process.exit(130);
    }
    stopping = true;
    console.error(`${name}: ${signal} received, stopping`);
    void stopAll().then((clean) => process.exit(clean ? 0 : 1));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  start({ onStop: (what, stop) => stoppers.push({ what, stop }) })
    .then((message) => {
      if (!stopping) console.log(message);
    })
    .catch(async (error: unknown) => {
      const reason =
        error instanceof InvalidEnvironmentError
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error);
      console.error(`${name} failed to start: ${reason}`);
      stopping = true;
      await stopAll();
      process.exit(1);
    });
}
