import { loadConfig } from '../../libs/config';
import { startDevelopmentServer } from '../../libs/temporal';
import { TEST_TEMPORAL_ADDRESS_VAR } from './test-config';

/**
 * Starts one in-memory Temporal dev server for the whole run, through the same
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
}
