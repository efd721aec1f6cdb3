import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { type EmbeddedTemporal } from '../../libs/temporal';

/**
 * Stops the shared Temporal server once, after the last project that set it up, and removes the
 * run's workflow bundle.
 */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __voronkaTemporal?: EmbeddedTemporal };
  const server = holder.__voronkaTemporal;
  holder.__voronkaTemporal = undefined;
  await server?.stop();
  const bundle = process.env.TEMPORAL_WORKFLOW_BUNDLE;
  if (server && bundle) rmSync(dirname(bundle), { recursive: true, force: true });
}
