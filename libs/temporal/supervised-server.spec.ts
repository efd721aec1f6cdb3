import { type EmbeddedTemporal } from './embedded-temporal-server';
import { superviseTemporal } from './supervised-server';

/** A stand-in server whose exit the test decides. */
function fakeServers() {
  const servers: { exit: (code: number | null) => void; stopped: boolean }[] = [];
  let failNext = 0;
  const start = async (): Promise<EmbeddedTemporal> => {
    if (failNext > 0) {
      failNext--;
      throw new Error('port in use');
    }
    let exit: (code: number | null) => void = () => undefined;
    const exited = new Promise<number | null>((r) => (exit = r));
    const server = { exit, stopped: false };
    servers.push(server);
    return {
      address: '127.0.0.1:7233',
      pid: servers.length,
      exited,
      stop: async () => {
        server.stopped = true;
        exit(0);
      },
    };
  };
  return { servers, start, failNext: (n: number) => (failNext = n) };
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const backoff = { firstMs: 10, maxMs: 40, stableAfterMs: 10_000 };

describe('superviseTemporal: the embedded dev server is started again when it dies', () => {
  it('restarts a server that exits on its own, with a growing wait, and stops for good on stop()', async () => {
    const fake = fakeServers();
    const log: string[] = [];
    const supervised = await superviseTemporal(fake.start, (m) => log.push(m), backoff);
    expect(supervised.pid).toBe(1);

    fake.servers[0].exit(null); // killed
    await tick(50);
    expect(supervised.pid).toBe(2);
    expect(supervised.restarts).toBe(1);

    // The next start fails: tried again after a longer wait.
    fake.failNext(1);
    fake.servers[1].exit(2);
    await tick(150);
    expect(supervised.pid).toBe(3);
    expect(supervised.restarts).toBe(2);
    expect(log).toEqual([
      'the Temporal dev server exited (killed); starting it again in 0.01 s',
      'the Temporal dev server is running again (restart 1)',
      'the Temporal dev server exited (2); starting it again in 0.02 s',
      'the Temporal dev server did not start: port in use; starting it again in 0.04 s',
      'the Temporal dev server is running again (restart 2)',
    ]);

    await supervised.stop();
    expect(fake.servers[2].stopped).toBe(true);
    await tick(50);
    expect(fake.servers).toHaveLength(3); // nothing started after stop()
  });
});
