import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Client } from '@temporalio/client';
import { startBenchSystem, until } from './system';

/**
 * Records a deal workflow's history for test/workflow-replay.e2e-spec.ts: a deal on a small
 * pipeline whose rules create a call; the call completed (a rule moves the deal), then a person's
 * move to lost (closing it). Run it on the code *before* a change to workflow code, and keep
 * the file in test/histories/:
 *
 *   npm run build && node dist/bench/support/record-history.js test/histories/<name>.json
 */
const RULES = {
  'rules.yaml': `kind: pipeline
id: replay
name: Replay fixture
version: 1
currency: USD
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: 'Call about {{deal.title}}', due: 1h }
    transitions:
      - { to: talks, on: activity_completed }
      - { to: lost, after: 30d }
  - id: talks
    transitions:
      - { to: lost, after: 30d }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
};

async function main() {
  const system = await startBenchSystem();
  try {
    const published = await system.call('POST', '/api/v1/rules/publish', { files: RULES });
    if (published.status !== 201) throw new Error(JSON.stringify(published.body));
    const deal = await system.call('POST', '/api/v1/deals', {
      title: 'Replayed',
      pipelineId: 'replay',
      amount: '10.00',
    });
    if (deal.status !== 201) throw new Error(JSON.stringify(deal.body));
    const id = deal.body.id;
    const auto = async () => (await system.call('GET', `/api/v1/deals/${id}/automation`)).body;
    await until(async () => (await auto()).openFollowUps?.[0]?.activityId);
    const activityId = (await auto()).openFollowUps[0].activityId;
    const done = await system.call('POST', `/api/v1/activities/${activityId}/complete`, {
      outcome: 'reached',
    });
    if (done.status >= 300) throw new Error(JSON.stringify(done.body));
    await until(async () => (await auto()).stage === 'talks');
    const moved = await system.call('POST', `/api/v1/deals/${id}/move`, { to: 'lost' });
    if (moved.status >= 300) throw new Error(JSON.stringify(moved.body));
    const client = system.api.get(Client);
    const handle = client.workflow.getHandle(`deal-${id}`);
    await handle.result();
    const history = await handle.fetchHistory();
    writeFileSync(process.argv[2], JSON.stringify(history));
    console.log('written', process.argv[2], history.events?.length, 'events');
  } finally {
    await system.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
