import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode, DefaultLogger, type WorkerOptions } from '@temporalio/worker';

/** Built by `npm run build` beside this file; absent when running from sources (tests). */
export const WORKFLOW_BUNDLE_PATH = join(__dirname, 'workflow-bundle.js');

/**
 * Modules every workflow shares instead of loading its own copy (the SDK's reusable V8 context
 * loads a workflow's modules once per workflow). Only stateless, deterministic code belongs here:
 * the pure rules library (its expression parse cache depends on nothing but the text parsed).
 * It saves each cached workflow the memory, and each new or replayed workflow the time, of
 * initialising the interpreter, decimal.js and the expression parser.
 */
export const WORKFLOW_PRELOAD_MODULES = [require.resolve('../../libs/rules')];

/** The workflow code as the worker loads it: webpack over workflows/, seconds of CPU. */
export async function bundleWorkflows(): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    preloadModules: WORKFLOW_PRELOAD_MODULES,
    logger: new DefaultLogger('WARN'),
  });
  return code;
}

/**
 * Where the worker's workflow code comes from: the bundle configured (TEMPORAL_WORKFLOW_BUNDLE;
 * the test setup bundles once per run, not once per test file), else the one `npm run build`
 * wrote, else the sources, bundled at start.
 */
export function workflowSource(
  configured?: string,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`TEMPORAL_WORKFLOW_BUNDLE: there is no file at ${configured}`);
    return { workflowBundle: { codePath: configured } };
  }
  if (existsSync(WORKFLOW_BUNDLE_PATH))
    return { workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } };
  return {
    workflowsPath: require.resolve('../../workflows'),
    bundlerOptions: { preloadModules: WORKFLOW_PRELOAD_MODULES },
  };
}
