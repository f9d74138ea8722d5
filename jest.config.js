/** Jest projects: `engine` (pure rules and workbook parsing, also run under other time zones) and `node` (hosts, CLI, the task pane's pure modules, build scripts, integration, manifest and production build). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const ignore = ['/node_modules/', '/lib/', '/dist/', '/test/bench/'];
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
        '<rootDir>/src/cli/**/*.test.ts',
        '<rootDir>/src/taskpane/**/*.test.ts',
        '<rootDir>/src/commands/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
        '<rootDir>/test/**/*.test.ts',
      ],
      testPathIgnorePatterns: ignore,
    },
  ],
};
