import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowSource } from '../apps/worker/temporal-worker.service';

/**
 * Workflows keep running across deployments: every history in test/histories/, recorded by the
 * workflow code of an earlier release, must replay against the current code without a
 * nondeterminism error. A change that running workflows depend on passes only behind `patched()`
 * (docs/architecture.md). Record a history before such a change (see test/histories/README.md).
 */
const HISTORIES = join(__dirname, 'histories');

describe('workflow histories from earlier releases replay on the current code', () => {
  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));

  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', async (file) => {
    // As written by record-history (protobuf's JSON form: enums by name, bytes in base64).
    const history = temporal.api.history.v1.History.fromObject(
      JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')),
    );
    // The workflow code as the worker loads it, with the same preloaded modules.
    await expect(
      Worker.runReplayHistory(workflowSource(), history, file.replace(/\.json$/, '')),
    ).resolves.toBeUndefined();
  });
});
