import 'reflect-metadata';

// Integration tests talk to real servers: starting a Temporal worker (which
// bundles the workflow code) and the first round trips take seconds.
jest.setTimeout(90_000);

// The SDK's own log lines (worker state changes) at INFO drown the test
// output; warnings and errors still show. One runtime per process: a second
// test file in the same jest worker finds it installed.
import { DefaultLogger, Runtime } from '@temporalio/worker';
try {
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
} catch {
  // already installed in this process
}

// Every answer from the API is held to docs/openapi.json (libs/api-client/answer-check.ts).
import './answer-check-setup';
