import { loadConfig } from '../../libs/config';
import {
  resolveTool,
  TEMPORAL_CLI,
  TEMPORAL_TEST_SERVER,
} from '../../libs/temporal/temporal-tools';

/**
 * `npm run temporal:install`: puts the Temporal CLI and the time-skipping test
 * server into the tool cache when they are missing (CI calls it; `npm start`
 * and the tests would do the same on first use).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  for (const [tool, configuredPath] of [
    [TEMPORAL_CLI, config.temporal.cliPath],
    [TEMPORAL_TEST_SERVER, config.temporal.testServerPath],
  ] as const) {
    const resolved = await resolveTool(tool, {
      configuredPath,
      cacheDir: config.cacheDir,
      log: (m) => console.log(m),
    });
    console.log(`${tool.description}: ${resolved.path} (${resolved.source})`);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
