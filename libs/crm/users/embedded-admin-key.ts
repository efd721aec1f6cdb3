import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateApiKey } from './api-keys.service';

/** A secret generated once under DATA_DIR (readable by its owner only), then read back. */
function embeddedSecret(file: string, generate: () => string) {
  if (existsSync(file)) return { value: readFileSync(file, 'utf8').trim(), file, created: false };
  mkdirSync(dirname(file), { recursive: true });
  const value = generate();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { value, file, created: true };
}

/**
 * Under `npm start` without ADMIN_API_KEY: an admin key generated once and
 * kept in DATA_DIR/admin-api-key (readable by its owner only), printed at start.
 */
export function embeddedAdminKey(dataDir: string): { key: string; file: string; created: boolean } {
  const { value, ...rest } = embeddedSecret(join(dataDir, 'admin-api-key'), generateApiKey);
  return { key: value, ...rest };
}

/**
 * Under `npm start` without ADMIN_PASSWORD: the first admin's password, generated once and kept
 * in DATA_DIR/admin-password, printed at start so they can sign in to the web app at once.
 */
export function embeddedAdminPassword(dataDir: string) {
  return embeddedSecret(join(dataDir, 'admin-password'), () =>
    randomBytes(12).toString('base64url'),
  );
}
