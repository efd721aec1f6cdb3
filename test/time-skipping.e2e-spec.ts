import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { loadConfig } from '../libs/config';
import { checkRuleSet } from '../libs/rules/checker/check-rule-set';
import { readRuleSetSource, SHIPPED_RULES_DIR } from '../libs/rules/files/rule-files';
import { resolveTool, TEMPORAL_TEST_SERVER } from '../libs/temporal';
import { type rulesProbe } from './workflows/rules-probe.workflow';
import { type waitTwoWeeks } from './workflows/time-skipping.workflow';

/**
 * The time-skipping test server comes from the tool cache like the dev server
 * (the lead and deal workflows' tests wait days and weeks on it).
 */
describe('the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let run: Promise<void>;

  beforeAll(async () => {
    const config = loadConfig();
    const tool = await resolveTool(TEMPORAL_TEST_SERVER, {
      configuredPath: config.temporal.testServerPath,
      cacheDir: config.cacheDir,
    });
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: tool.path } },
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'time-skipping',
      workflowBundle: await bundleWorkflowCode({
        workflowsPath: require.resolve('./workflows'),
        logger: new DefaultLogger('WARN'),
      }),
    });
    run = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await run;
    await env?.teardown();
  });

  it('lets two weeks pass in an instant', async () => {
    const started = Date.now();
    const skippedFrom = await env.currentTimeMs();
    const result = await env.client.workflow.execute<typeof waitTwoWeeks>('waitTwoWeeks', {
      taskQueue: 'time-skipping',
      workflowId: 'two-weeks',
    });
    expect(result).toBe('timed out');
    const skipped = (await env.currentTimeMs()) - skippedFrom;
    expect(skipped).toBeGreaterThanOrEqual(14 * 24 * 3600_000 + 3600_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('runs the rules interpreter inside the workflow sandbox', async () => {
    const checked = checkRuleSet(readRuleSetSource(`${SHIPPED_RULES_DIR}/b2b`));
    if (!checked.ok) throw new Error('the shipped b2b rules do not check');
    const step = await env.client.workflow.execute<typeof rulesProbe>('rulesProbe', {
      taskQueue: 'time-skipping',
      workflowId: 'rules-probe',
      args: [
        checked.rules,
        [{ type: 'activity_completed', at: 1000, activity: 'call', outcome: 'interested' }],
      ],
    });
    expect(step.state.stage).toBe('qualification');
    expect(step.commands.map((c) => c.type)).toContain('create_activity');
  });
});
