/**
 * How long a started workflow may wait for its first workflow task to run, at most, before the
 * backlog shrinks: a few seconds, well inside Temporal's 10 s workflow task timeout.
 */
export const TARGET_WAIT_MS = 3000;
/** The backlog never shrinks below this (a first start, or workers that just woke up). */
export const MIN_BACKLOG = 8;
/** A workflow not begun after this long no longer holds a place (it failed, or is stuck). */
const GIVE_UP_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The workflows an import started whose first effect has not run yet: each is a workflow task
 * waiting in the workers' queue. A fixed pace does not know how fast the workers are (a loaded
 * machine takes a tenth of what an idle one does), so the number that may wait at once is found
 * as TCP finds a window: it grows by one for each workflow that began within TARGET_WAIT_MS of its
 * start, and halves when one took longer. A start waits for room; room is made as the workers
 * begin the workflows started before it. So a burst never queues a task for more than a few
 * seconds, and an idle machine soon runs at the import's full pace.
 */
export class StartBacklog {
  private readonly waiting = new Map<string, number>();
  private window = MIN_BACKLOG;
  private cutAt = 0;

  /** `begun` answers which of these records' workflows have run their first effect. */
  constructor(
    private readonly begun: (ids: string[]) => Promise<string[]>,
    private readonly perSecond: number,
  ) {}

  get size(): number {
    return this.waiting.size;
  }

  add(id: string): void {
    this.waiting.set(id, Date.now());
  }

  /** How many may wait at once: the window, at most what the pace starts in TARGET_WAIT_MS. */
  allowed(): number {
    return Math.min(this.window, Math.max(MIN_BACKLOG, (this.perSecond * TARGET_WAIT_MS) / 1000));
  }

  async refresh(): Promise<void> {
    if (this.waiting.size === 0) return;
    const now = Date.now();
    let late = false;
    for (const id of await this.begun([...this.waiting.keys()])) {
      const startedAt = this.waiting.get(id)!;
      this.waiting.delete(id);
      if (now - startedAt > TARGET_WAIT_MS) late = true;
      else this.window++;
    }
    for (const [id, at] of this.waiting) {
      if (now - at > TARGET_WAIT_MS) late = true;
      if (now - at > GIVE_UP_MS) this.waiting.delete(id);
    }
    // Halved once per wait, not at every look while the same late ones wait.
    if (late && now - this.cutAt > TARGET_WAIT_MS) {
      this.window = Math.max(MIN_BACKLOG, Math.floor(this.window / 2));
      this.cutAt = now;
    }
  }

  /** Waits until there is room for one more start. */
  async room(tick: () => void): Promise<void> {
    while (this.waiting.size >= this.allowed()) {
      await sleep(100);
      await this.refresh();
      tick();
    }
  }

  /** Waits until every workflow started has begun (or given up on), so the next round starts clean. */
  async drain(tick: () => void): Promise<void> {
    await this.refresh();
    while (this.waiting.size > 0) {
      await sleep(100);
      await this.refresh();
      tick();
    }
  }
}
