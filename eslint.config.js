// Lint with the project's boundaries: the renderer never reaches into the main process or Node,
// src-shared stays pure, and only src-main/electron may import electron.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'events', 'url', 'util', 'module', 'http', 'net'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'better-sqlite3', ...nodeBuiltins], message: 'The renderer is sandboxed: talk to the core through lib/api.ts.' },
          { group: ['**/src-main/**', '../src-main/*', '../../src-main/*'], message: 'The renderer never imports the main process.' },
        ],
      }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins], message: 'src-shared is pure TypeScript: no electron, no node:*, no DOM.' },
          { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared depends on nothing but itself.' },
        ],
      }],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/main.ts', 'src-main/electron/preload.ts', 'src-main/electron/security.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'The core never imports electron; only src-main/electron/main.ts and preload.ts do.' },
          { group: ['**/src-renderer/**'], message: 'The main process never imports the renderer.' },
        ],
      }],
    },
  },
);
