/** Jest projects: `engine` (pure rules and workbook parsing, also run under other time zones) and `node` (hosts, CLI, integration). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
module.exports = {
  projects: [
    {
      displayName: 'engine',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/src/engine', '<rootDir>/src/workbook'],
      testMatch: ['**/*.test.ts'],
    },
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/src/hosts', '<rootDir>/src/cli', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
    },
  ],
};
