/** Jest projects: `engine` (pure rules and workbook parsing, also run under other time zones), `node` (hosts, app use cases, CLI, the task pane's pure modules, build scripts, integration, manifest and production build), `taskpane-ui` (the task pane's React pages in jsdom) and `e2e` (the built task pane in headless Chromium; needs dist/). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const ignore = ['/node_modules/', '/lib/', '/dist/', '/test/bench/'];
const tsxTransform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', transform: { react: { runtime: 'automatic' } }, parser: { syntax: 'typescript', tsx: true } } }],
};
module.exports = {
  projects: [
    {
      displayName: 'engine',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/src/engine/**/*.test.ts', '<rootDir>/src/workbook/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
    },
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      testMatch: [
        '<rootDir>/src/hosts/**/*.test.ts',
        '<rootDir>/src/documents/**/*.test.ts',
        '<rootDir>/src/app/**/*.test.ts',
        '<rootDir>/src/cli/**/*.test.ts',
        '<rootDir>/src/taskpane/**/*.test.ts',
        '<rootDir>/src/commands/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/test/**/*.test.ts',
      ],
      // The browser tests (*.e2e.test.ts) are their own project (they need dist/ built first).
      testPathIgnorePatterns: [...ignore, '\\.e2e\\.test\\.ts$'],
    },
    {
      displayName: 'taskpane-ui',
      testEnvironment: 'jsdom',
      transform: tsxTransform,
      testMatch: ['<rootDir>/src/taskpane/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/src/taskpane/testing/setupDom.ts'],
      // A Fluent dialog test takes well under a second alone but several on 2 loaded cores: Jest's
      // 5 s default failed them at random. Nothing here is timed; this only stops a hang.
      testTimeout: 30_000,
      testPathIgnorePatterns: ignore,
    },
    {
      // The built task pane in headless Chromium (npm run test:e2e, after npm run build).
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      testPathIgnorePatterns: ignore,
      testTimeout: 120_000,
    },
  ],
};
