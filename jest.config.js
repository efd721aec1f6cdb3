/**
 * Four projects: `unit` (pure logic, beside the code as *.spec.ts), `web` (the
 * web app's pure logic, with its own tsconfig), `integration` (test/**, real
 * PostgreSQL and a real Temporal server that the global setup starts) and
 * `browser` (test/browser/**: the web app in Chromium). `npm test` runs all.
 * @type {import('jest').Config}
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  // Jest's default, one worker less than the cores, would run the suite file after file in a
  // single process on CI's two cores. The integration files mostly wait (on PostgreSQL, Temporal,
  // timers, a browser), so two at a time overlap those waits. Each file still has its own
  // database and task queue (test/support/test-config.ts), so files never see each other.
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  // A test process keeps some 150 MB of every file it ran (the Nest apps and the SDK's runtime
  // that each file starts and closes): over ~95 files that once ran a single process out of heap.
  // A worker past this much after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
  // Jest's summary, then one plain closing line that CI logs are read by.
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: [
        '<rootDir>/apps',
        '<rootDir>/libs',
        '<rootDir>/workflows',
        '<rootDir>/rules',
        '<rootDir>/fuzz',
      ],
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      // The web app's pure logic (formatting, its lint rule), compiled with its own tsconfig.
      displayName: 'web',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/web'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'apps/web/tsconfig.spec.json' }] },
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/apps/web/src/$1' },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/setup-after-env.ts'],
    },
    {
      // The web app in Debian's Chromium (playwright-core) against the real system; axe-core on
      // every screen. Shares the integration project's Temporal server when both run.
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/setup-after-env.ts'],
    },
  ],
};
