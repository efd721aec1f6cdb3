import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { bundleWorkflows } from '../apps/worker/workflow-source';

/**
 * Workflows keep running across deployments: every history in test/histories/, recorded by the
 * workflow code of an earlier release, must replay against the current code without a
 * nondeterminism error. A change that running workflows depend on passes only behind `patched()`
 * (docs/architecture.md). Record histories before such a change (see test/histories/README.md).
 */
const HISTORIES = join(__dirname, 'histories');
const UNREPLAYABLE = join(HISTORIES, 'unreplayable');

describe('workflow histories from earlier releases replay on the current code', () => {
  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));
  let bundle: WorkflowBundle;

  beforeAll(async () => {
    // The workflow code as the worker loads it, with the same preloaded modules: the run's bundle
    // (test/support/global-setup.ts), or bundled here.
    const bundled = process.env.TEMPORAL_WORKFLOW_BUNDLE;
    bundle = { code: bundled ? readFileSync(bundled, 'utf8') : await bundleWorkflows() };
  }, 120_000);

  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', async (file) => {
    // As written by record-history or RECORD_HISTORIES_DIR (protobuf's JSON form: enums by name,
    // bytes in base64).
    const history = temporal.api.history.v1.History.fromObject(
      JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')),
    );
    await expect(
      Worker.runReplayHistory({ workflowBundle: bundle }, history, file.replace(/\.json$/, '')),
    ).resolves.toBeUndefined();
  });

  // Recorded by code from before patches were asked at a run's start: no code can replay them
  // (test/histories/unreplayable/README.md). Should a later SDK replay them, this says so.
  it.each(readdirSync(UNREPLAYABLE).filter((f) => f.endsWith('.json')))(
    'unreplayable/%s fails as its README says',
    async (file) => {
      const history = temporal.api.history.v1.History.fromObject(
        JSON.parse(readFileSync(join(UNREPLAYABLE, file), 'utf8')),
      );
      await expect(
        Worker.runReplayHistory({ workflowBundle: bundle }, history, file.replace(/\.json$/, '')),
      ).rejects.toThrow(/patch marker encountered for change record-input-log/);
    },
  );
});
