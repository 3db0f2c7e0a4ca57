/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// The e2e suite runs a real n8n: `npm run test:e2e`.
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	// tsconfig.jest.json = tsconfig.json + isolatedModules (transpile only, no type check: `npm run typecheck` does that).
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
	// Quiet n8n logger, n8n-core's SSH timer cleared after each file, no regex wall-clock guard: see the file.
	setupFilesAfterEnv: ['<rootDir>/test/harness/jest-setup.ts'],
	// A worker whose heap passed 512 MB after a test file is replaced by a fresh one. Each test file
	// loads n8n-core, n8n-workflow and the dereferenced OpenAPI spec anew, so a worker otherwise ends
	// the run with a ~1 GB heap, and tearing that down takes longer than the 500 ms jest waits on a
	// busy 2-core machine ("A worker process has failed to exit gracefully").
	workerIdleMemoryLimit: '512MB',
	testTimeout: 30000,
	maxWorkers: 2,
};
