// Type-aware typescript-eslint strict + stylistic, plus the dependency rules of STYLE.md §4/§5:
// policies import only the policy port and events; events import nothing; third-party clients
// stay behind their adapters; the simulator never reads the wall clock or Math.random.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/gen/**',
      '.faultreplay/**',
      '.services/**',
      'test-output/**',
      'dashboards/web/vendor/**',
      '.*tmp*',
      '.capture-dist-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'bin/*.js', 'dashboards/web/*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/strict-boolean-expressions': [
        'error',
        {
          allowNullableBoolean: true,
          allowNullableString: true,
          allowNumber: true,
          allowString: true,
        },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/prefer-for-of': 'off',
      'no-console': 'error',
      'no-restricted-imports': restrict([
        { group: ['kafkajs'], message: 'only src/log/kafka-event-log.ts imports kafkajs' },
        {
          group: ['@clickhouse/client', '@clickhouse/client-common'],
          message: 'only src/store/clickhouse-result-store.ts imports @clickhouse/client',
        },
        { group: ['chdb'], message: 'only src/store/chdb-result-store.ts imports chdb' },
        {
          group: ['**/gen/proto/*'],
          message: 'only src/codec/ imports the generated protobuf code',
        },
      ]),
    },
  },
  { files: ['src/log/kafka-event-log.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/store/clickhouse-result-store.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/store/chdb-result-store.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/codec/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/events/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['../*', 'node:*'], message: 'events/ imports nothing' },
      ]),
    },
  },
  {
    files: ['src/sim/policies/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          regex: '^\\.\\./\\.\\./(?!policy\\.js$|policy-context\\.js$|\\.\\./events/)',
          message: 'policies import only sim/policy.ts and events/',
        },
        { group: ['node:*'], message: 'policies are pure' },
      ]),
    },
  },
  {
    files: ['src/sim/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the simulator owns time: no wall clock' },
        { object: 'Math', property: 'random', message: 'the simulator owns randomness' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'no wall clock in the simulator',
        },
      ],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', '*.mjs', 'bin/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // Plain JavaScript (launcher, scripts, configs, browser assets): no type information to check against.
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Browser assets declare their globals in a /* global */ comment.
  {
    files: ['**/*.mjs', 'bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
