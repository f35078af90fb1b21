/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
  // Jest's default is one worker fewer than the cores: one worker on our 2-core build machines. The suites are
  // independent (in-memory stores, free ports, their own temporary files), so every core runs one.
  maxWorkers: '100%',
};
