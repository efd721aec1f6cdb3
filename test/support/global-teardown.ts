import { type EmbeddedTemporal } from '../../libs/temporal';

/** Stops the shared Temporal server once, after the last project that set it up. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __voronkaTemporal?: EmbeddedTemporal };
  const server = holder.__voronkaTemporal;
  holder.__voronkaTemporal = undefined;
  await server?.stop();
}
