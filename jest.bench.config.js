/** Benchmarks (`npm run bench`): print figures, assert nothing about time; not part of `npm test`. */
const base = require('./jest.config');

module.exports = {
	...base,
	roots: ['<rootDir>/bench'],
	testMatch: ['**/*.bench.ts'],
	testPathIgnorePatterns: ['/node_modules/'],
	maxWorkers: 1,
};
