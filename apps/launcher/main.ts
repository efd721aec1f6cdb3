import { join } from 'node:path';
import { loadConfig } from '../../libs/config';
import { embeddedAdminKey, embeddedAdminPassword } from '../../libs/crm/users/embedded-admin-key';
import { FIRST_ADMIN_EMAIL } from '../../libs/crm/users/user.entity';
import { createLogger } from '../../libs/logging';
import { startEmbeddedPostgres } from '../../libs/persistence';
import { runProcess } from '../../libs/process/run-process';
import {
  installTemporalRuntime,
  startDevelopmentServer,
  superviseTemporal,
} from '../../libs/temporal';
import { createApiApp } from '../api/create-api-app';
import { createWorkerApp } from '../worker/create-worker-app';

/**
 * `npm start`: the whole system in one terminal. Whatever is not configured
 * runs embedded, with its data under DATA_DIR (.data/): PostgreSQL (PGlite)
 * when DATABASE_URL is unset, the Temporal dev server when TEMPORAL_ADDRESS
 * is unset. Then the API and the worker. Ctrl-C stops all of it.
 */
runProcess('voronka', async (scope) => {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config, 'voronka');
  installTemporalRuntime(createLogger(config, 'temporal-sdk'));

  if (!config.database.url) {
    // The API and the worker each keep a pool; the socket must admit both, plus the migrator's lock.
    const db = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'pglite'),
      maxConnections: config.database.poolMax * 2 + 2,
      port: config.database.embeddedPort,
    });
    scope.onStop('embedded PostgreSQL', () => db.stop());
    config.database.url = db.url;
    log.info({ url: db.url }, 'embedded PostgreSQL (PGlite) is serving');
  }

  if (!config.temporal.address) {
    // Supervised: killed or crashed, it is started again (its workflows are kept in its file).
    const temporal = await superviseTemporal(
      () =>
        startDevelopmentServer(config, {
          persistent: true,
          fixedPorts: true,
          ui: true,
          log: (message) => log.info(message),
        }),
      (message) => log.warn(message),
    );
    scope.onStop('embedded Temporal server', () => temporal.stop());
    config.temporal.address = temporal.address;
    config.temporal.uiUrl ??= temporal.uiUrl;
  }

  // One process, one log stream: each line says which part wrote it (`context`).
  let keyNote = '(ADMIN_API_KEY)';
  if (!config.adminApiKey) {
    const admin = embeddedAdminKey(config.dataDir);
    config.adminApiKey = admin.key;
    keyNote = `(${admin.created ? 'generated now, ' : ''}kept in ${admin.file})`;
  }

  let passwordNote = '(ADMIN_PASSWORD, unless they changed it since)';
  if (!config.adminPassword) {
    const password = embeddedAdminPassword(config.dataDir);
    config.adminPassword = password.value;
    passwordNote = `(${password.created ? 'generated now, ' : ''}kept in ${password.file}, unless changed since)`;
  }

  const api = await createApiApp(config, log);
  scope.onStop('API', () => api.close());
  await api.listen(config.http.port, config.http.host);

  const worker = await createWorkerApp(config, log);
  scope.onStop('worker', () => worker.close());

  const apiUrl = `http://localhost:${config.http.port}`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return [
    '',
    `Voronka is running (started in ${seconds} s). Ctrl-C stops everything.`,
    `  Web app      ${apiUrl}/`,
    `  Sign in as   ${FIRST_ADMIN_EMAIL} with the password ${config.adminPassword} ${passwordNote}`,
    `  API          ${apiUrl}/api/v1`,
    `  OpenAPI docs ${apiUrl}/docs`,
    `  Readiness    ${apiUrl}/ready`,
    `  Temporal UI  ${config.temporal.uiUrl ?? '(not known: set TEMPORAL_UI_URL)'}`,
    `  Temporal     ${config.temporal.address} (namespace ${config.temporal.namespace})`,
    `  PostgreSQL   ${config.database.url}`,
    `  Admin key    ${config.adminApiKey} ${keyNote}`,
    `  Try it:      curl -X POST ${apiUrl}/api/v1/leads -H 'authorization: Bearer ${config.adminApiKey}' -H 'content-type: application/json' -d '{"title":"My first lead","name":"Ann Lee"}'`,
    '',
  ].join('\n');
});
