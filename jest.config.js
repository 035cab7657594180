/** Jest runs the TypeScript sources as ESM (see package.json "test"). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/support/fresh-dist.ts',
  testTimeout: 60000,
};
