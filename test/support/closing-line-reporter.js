/**
 * Ends a test run with one plain line, `tests: N passed, N failed, N skipped`, which any reader
 * of a CI log (a person or a machine) takes as the run's result without knowing Jest's summary.
 * A file that failed to run counts as a failure (Jest counts no failed test for it). With
 * TEST_SUMMARY_FILE set, the line is also written there, so that .ci/run can print it last,
 * after anything the global teardown logs.
 */
const { writeFileSync } = require('node:fs');

class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
    process.stdout.write(`\n${line}\n`);
    if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, `${line}\n`);
  }
}

module.exports = ClosingLineReporter;
