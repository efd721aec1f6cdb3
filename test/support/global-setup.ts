import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflows } from '../../apps/worker/workflow-source';
import { loadConfig } from '../../libs/config';
import { startDevelopmentServer } from '../../libs/temporal';
import { TEST_TEMPORAL_ADDRESS_VAR } from './test-config';

/**
 * Bundles the workflow code once for the whole run (from the sources, so a test never runs a
 * stale build) and starts one in-memory Temporal dev server, through the same
 * module as `npm start` (installing the CLI into the tool cache if missing).
 * Test files share it, each on its own task queue; so do the projects that name this setup.
 */
export default async function globalSetup(): Promise<void> {
  // Projects that share this setup (integration, browser) share one server.
  if (process.env[TEST_TEMPORAL_ADDRESS_VAR]) return;
  const config = loadConfig({
    ...process.env,
    TEMPORAL_ADDRESS: undefined,
    DATABASE_URL: undefined,
  });
  const started = Date.now();
  const server = await startDevelopmentServer(config, {
    persistent: false,
    fixedPorts: false,
    ui: false,
    log: (message) => console.log(`[temporal] ${message}`),
  });
  console.log(`[temporal] test server ${server.address} ready in ${Date.now() - started} ms`);
  process.env[TEST_TEMPORAL_ADDRESS_VAR] = server.address;
  (globalThis as { __voronkaTemporal?: typeof server }).__voronkaTemporal = server;

  // Every test file starts a worker; without this each would run webpack over workflows/ (seconds
  // of CPU and a few hundred MB that the test process kept). The test config passes the
  // environment on, so the workers load this bundle.
  const bundled = Date.now();
  const bundle = join(mkdtempSync(join(tmpdir(), 'voronka-test-workflows-')), 'workflow-bundle.js');
  writeFileSync(bundle, await bundleWorkflows());
  process.env.TEMPORAL_WORKFLOW_BUNDLE = bundle;
  console.log(`[workflows] bundled once for the run in ${Date.now() - bundled} ms`);
}
