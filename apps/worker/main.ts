import { loadConfig, requireConfiguredServices } from '../../libs/config';
import { createLogger } from '../../libs/logging';
import { runProcess } from '../../libs/process/run-process';
import { installTemporalRuntime } from '../../libs/temporal';
import { createWorkerApp } from './create-worker-app';

/** `npm run start:worker`: the Temporal Worker alone, against configured services. */
runProcess('worker', async (scope) => {
  const config = loadConfig();
  requireConfiguredServices(config, 'start:worker');
  installTemporalRuntime(createLogger(config, 'temporal-sdk'));
  const app = await createWorkerApp(config);
  scope.onStop('worker', () => app.close());
  return `worker polling task queue ${config.temporal.taskQueue} at ${config.temporal.address}`;
});
