import { loadConfig, requireConfiguredServices } from '../../libs/config';
import { runProcess } from '../../libs/process/run-process';
import { createApiApp } from './create-api-app';

/** `npm run start:api`: the HTTP API alone, against configured PostgreSQL and Temporal. */
runProcess('api', async (scope) => {
  const config = loadConfig();
  requireConfiguredServices(config, 'start:api');
  const app = await createApiApp(config);
  scope.onStop('api', () => app.close());
  await app.listen(config.http.port, config.http.host);
  return `API listening on ${await app.getUrl()}`;
});
