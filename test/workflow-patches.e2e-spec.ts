import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { RECORD_PATCHES } from '../workflows/records/run-patches';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

const { EventType } = temporal.api.enums.v1;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/**
 * A record run asks all of its patches in its first workflow task, before its first effect: on
 * replay, `patched()` answers from the task it is asked in, and the code after a local effect
 * can run in another task on replay than when recorded (test/histories/unreplayable/).
 */
describe('record workflow patches', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);
  afterAll(async () => {
    await system?.close();
  });

  /** The run's history once its first effects have run (its input log written). */
  const historyOf = (workflowId: string) =>
    eventually(`the first effects of ${workflowId}`, async () => {
      const handle = system.api.get(Client).workflow.getHandle(workflowId);
      const events = (await handle.fetchHistory()).events ?? [];
      return events.filter(isLocalEffect).length >= 2 ? events : undefined;
    });
  const isMarker = (e: HistoryEvent, name: string) =>
    e.eventType === EventType.EVENT_TYPE_MARKER_RECORDED &&
    e.markerRecordedEventAttributes?.markerName === name;
  const isLocalEffect = (e: HistoryEvent) => isMarker(e, 'core_local_activity');
  const patchOf = (e: HistoryEvent) => {
    const data = e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads?.[0]?.data;
    return (JSON.parse(Buffer.from(data!).toString()) as { id: string }).id;
  };

  it.each([
    ['deal', () => system.call('POST', '/api/v1/deals', { title: 'Patched', pipelineId: 'b2b' })],
    ['lead', () => system.call('POST', '/api/v1/leads', { title: 'Patched lead' })],
  ])(
    'a new %s run asks every patch in its first task, before its first effect',
    async (kind, create) => {
      const created = await create();
      expect(created.status).toBe(201);
      const events = await historyOf(`${kind}-${created.body.id}`);
      const patches = events.filter((e) => isMarker(e, 'core_patch'));
      expect(patches.map(patchOf)).toEqual([
        'patches-decided-at-start',
        ...RECORD_PATCHES,
        'one-begin-effect',
      ]);
      const at = (e: HistoryEvent) => events.indexOf(e);
      const firstEffect = events.findIndex(isLocalEffect);
      // The second task starts after the first task's commands (its patches and first effect).
      const secondTask = events.filter(
        (e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
      )[1];
      for (const patch of patches) {
        expect({ patch: patchOf(patch), beforeFirstEffect: at(patch) < firstEffect }).toEqual({
          patch: patchOf(patch),
          beforeFirstEffect: true,
        });
        if (secondTask) expect(at(patch)).toBeLessThan(at(secondTask));
      }
    },
  );
});
