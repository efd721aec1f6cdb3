import { type EmbeddedTemporal } from '../../libs/temporal';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __voronkaTemporal?: EmbeddedTemporal }).__voronkaTemporal?.stop();
}
