// Lint rules from STYLE.md: typescript-eslint recommended, no floating promises, eqeqeq, curly, `_`-prefixed unused
// arguments, and the dependency direction (the engine imports neither vscode nor Node's I/O modules).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'media/**', 'test/fixtures/**', 'test/integration/workspace/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      curly: 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', 'fs', 'fs/promises', 'path', 'child_process', 'node:fs', 'node:fs/promises', 'node:path', 'node:child_process'] }],
    },
  },
);
