import { condition, defineSignal, setHandler, sleep } from '@temporalio/workflow';

export const wakeUp = defineSignal('wakeUp');

/** Waits two weeks unless signalled: what a deal's "lost after 14d" rule will look like. */
export async function waitTwoWeeks(): Promise<'signalled' | 'timed out'> {
  let signalled = false;
  setHandler(wakeUp, () => {
    signalled = true;
  });
  const woke = await condition(() => signalled, '14 days');
  if (!woke) await sleep('1 hour');
  return woke ? 'signalled' : 'timed out';
}
