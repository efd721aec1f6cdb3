import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateApiKey } from './api-keys.service';

/**
 * Under `npm start` without ADMIN_API_KEY: an admin key generated once and
 * kept in DATA_DIR/admin-api-key (readable by its owner only), printed at start.
 */
export function embeddedAdminKey(dataDir: string): { key: string; file: string; created: boolean } {
  const file = join(dataDir, 'admin-api-key');
  if (existsSync(file)) return { key: readFileSync(file, 'utf8').trim(), file, created: false };
  mkdirSync(dirname(file), { recursive: true });
  const key = generateApiKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, file, created: true };
}
