import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { type AppConfig } from '../config';
import { type EmbeddedTemporal, freePort, startEmbeddedTemporal } from './embedded-temporal-server';
import { resolveTool, TEMPORAL_CLI, ToolUnavailableError } from './temporal-tools';

export interface DevelopmentServerOptions {
  /** Keep workflows across restarts in DATA_DIR (npm start), or in memory (tests, benchmarks). */
  persistent: boolean;
  /** Fixed ports (npm start) or free ones (tests). */
  fixedPorts: boolean;
  /** Run the Web UI. */
  ui: boolean;
  log: (message: string) => void;
}

/**
 * The embedded Temporal server used when TEMPORAL_ADDRESS is not set: by
 * `npm start`, by the test setup and by the benchmarks alike.
 */
export async function startDevelopmentServer(
  config: AppConfig,
  options: DevelopmentServerOptions,
): Promise<EmbeddedTemporal> {
  const t = config.temporal;
  const dbFile = options.persistent ? join(config.dataDir, 'temporal', 'temporal.db') : undefined;
  let cliPath: string;
  try {
    const tool = await resolveTool(TEMPORAL_CLI, {
      configuredPath: t.cliPath,
      cacheDir: config.cacheDir,
      log: options.log,
    });
    cliPath = tool.path;
    if (tool.source !== 'installed')
      options.log(`using the Temporal CLI at ${tool.path} (${tool.source})`);
  } catch (error) {
    // A configured path that is wrong is the user's to fix, not to paper over.
    if (t.cliPath || !(error instanceof ToolUnavailableError)) throw error;
    options.log(`${error.message}; falling back to the Temporal SDK's own download`);
    return startWithSdkDownload(config, dbFile, options);
  }
  return startEmbeddedTemporal({
    cliPath,
    dbFile,
    port: options.fixedPorts ? t.embeddedPort : 0,
    uiPort: options.ui ? (options.fixedPorts ? t.embeddedUiPort : 0) : null,
    namespace: t.namespace,
    log: options.log,
  });
}

async function startWithSdkDownload(
  config: AppConfig,
  dbFile: string | undefined,
  options: DevelopmentServerOptions,
): Promise<EmbeddedTemporal> {
  const t = config.temporal;
  const port = options.fixedPorts ? t.embeddedPort : await freePort();
  const uiPort = options.fixedPorts ? t.embeddedUiPort : await freePort();
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download', downloadDir: join(config.cacheDir, 'sdk-download') },
      ip: '127.0.0.1',
      port,
      ui: options.ui,
      uiPort: options.ui ? uiPort : undefined,
      namespace: t.namespace,
      dbFilename: dbFile,
    },
  });
  return {
    address: env.address,
    uiUrl: options.ui ? `http://localhost:${uiPort}` : undefined,
    pid: -1,
    // The SDK's server gives no word of its exit; it is not supervised.
    exited: new Promise<number | null>(() => undefined),
    stop: () => env.teardown(),
  };
}
