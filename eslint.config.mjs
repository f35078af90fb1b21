// ESLint flat config: strict TypeScript rules, Prettier owns formatting, and the layering of DESIGN.md
// (domain code never imports transports, web frameworks, bot SDKs or database drivers).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import regexp from 'eslint-plugin-regexp';

const transportAndDrivers = [
  'express',
  'twilio',
  'nodemailer',
  'smtp-server',
  'mailparser',
  'mongoose',
  'better-sqlite3',
];
const botFramework = ['botbuilder', 'botbuilder-*', 'botframework-*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'public/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Customers' text is read with hundreds of patterns: one that is tried at every place inside a long run of the
    // same kind of character takes time quadratic in the run, and one such message stalls every customer's turn.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-move': 'error' },
  },
  {
    files: ['src/tickets/**', 'src/tracking/**', 'src/proactive/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...transportAndDrivers, ...botFramework, '**/store/sqlite/*', '**/store/mongo/*'],
          paths: [
            {
              name: '../store',
              message: 'Domain code reaches the store through its port: ../store/store.port, records, errors.',
            },
          ],
        },
      ],
    },
  },
  {
    // The NLU and the conversation records need no storage at all: their nouns live in the domains.
    files: ['src/nlu/**', 'src/conversations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...transportAndDrivers, ...botFramework, '**/store', '**/store/*'],
        },
      ],
    },
  },
  {
    files: ['src/bot/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: transportAndDrivers }],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        console: 'readonly',
        Node: 'readonly',
        setInterval: 'readonly',
        // The Adaptive Cards bundle the agent page loads before its own script.
        AdaptiveCards: 'readonly',
        URLSearchParams: 'readonly',
        // Chart.js, loaded by the dashboard before its own script.
        Chart: 'readonly',
      },
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: ['public/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
