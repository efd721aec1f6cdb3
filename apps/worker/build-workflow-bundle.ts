import { writeFileSync } from 'node:fs';
import { bundleWorkflows, WORKFLOW_BUNDLE_PATH } from './workflow-source';

/**
 * Part of `npm run build`: bundles the workflow code once, so the worker
 * starts without running webpack at every start.
 */
async function main(): Promise<void> {
  const started = Date.now();
  writeFileSync(WORKFLOW_BUNDLE_PATH, await bundleWorkflows());
  console.log(`workflow bundle written to ${WORKFLOW_BUNDLE_PATH} in ${Date.now() - started} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
