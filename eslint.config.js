import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The four rooms: app and inbox never import each other or the server; shared imports none of them. */
const boundaries = [
  { target: './src/app', from: './src/inbox', message: 'The app must not import the inbox.' },
  { target: './src/app', from: './src/server', message: 'The app must not import the server.' },
  { target: './src/inbox', from: './src/app', message: 'The inbox must not import the app.' },
  { target: './src/inbox', from: './src/server', message: 'The inbox must not import the server.' },
  { target: './src/server', from: './src/app', message: 'The server must not import the app.' },
  { target: './src/server', from: './src/inbox', message: 'The server must not import the inbox.' },
  { target: './src/shared', from: './src/app', message: 'shared must not import the app.' },
  { target: './src/shared', from: './src/inbox', message: 'shared must not import the inbox.' },
  { target: './src/shared', from: './src/server', message: 'shared must not import the server.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'react-hooks/rules-of-hooks': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
