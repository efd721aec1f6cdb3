import { MIN_BACKLOG, StartBacklog, TARGET_WAIT_MS } from './start-backlog';

describe('the backlog of started workflows', () => {
  it('lets a few wait at first, and one more for each that began in time', async () => {
    const begun = new Set<string>();
    const backlog = new StartBacklog(async (ids) => ids.filter((id) => begun.has(id)), 100);
    expect(backlog.allowed()).toBe(MIN_BACKLOG);
    for (let i = 0; i < MIN_BACKLOG; i++) backlog.add(`w${i}`);
    // Full: a start waits until the workers begin some.
    let ticks = 0;
    await backlog.room(() => {
      if (++ticks === 3) for (let i = 0; i < MIN_BACKLOG; i++) begun.add(`w${i}`);
    });
    expect(ticks).toBeGreaterThanOrEqual(3);
    expect(backlog.size).toBe(0);
    expect(backlog.allowed()).toBe(2 * MIN_BACKLOG);
  });

  it('halves when a workflow waits longer than the target, and never passes the pace', async () => {
    const backlog = new StartBacklog(async () => [], 10);
    (backlog as unknown as { window: number }).window = 1000;
    expect(backlog.allowed()).toBe((10 * TARGET_WAIT_MS) / 1000);
    backlog.add('slow');
    (backlog as unknown as { waiting: Map<string, number> }).waiting.set(
      'slow',
      Date.now() - TARGET_WAIT_MS - 1,
    );
    await backlog.refresh();
    expect((backlog as unknown as { window: number }).window).toBe(500);
  });
});
