import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'coverage/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['bin/**/*.js', 'jest.config.js', 'webpack.config.js', 'scripts/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The task pane and the ribbon's function file run in the browser (Office's webview).
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The rules of hooks and the React Compiler's checks, for every hook and component of the
    // task pane. exhaustive-deps is an error, not the preset's warning, so that it fails `npm test`.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The engine and the workbook layer never read the clock: today's date is always passed in.
    files: ['src/engine/**/*.ts', 'src/workbook/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in engine/ or workbook/: pass asOf in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in engine/ or workbook/: pass asOf in.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['fs', 'node:*', 'xlsx', 'react', '**/hosts/**', '**/cli/**'] }],
    },
  },
  {
    // Layers: engine ← workbook ← hosts ← app ← {cli, taskpane}. The use cases never reach up.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/cli/**', '**/taskpane/**', 'react', 'react-dom', 'xlsx'] }],
    },
  },
  {
    // Hosts adapt a workbook to the use cases; they never import them, nor a front end.
    files: ['src/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/cli/**', '**/taskpane/**'] }],
    },
  },
);
