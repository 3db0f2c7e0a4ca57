#!/usr/bin/env node
// Prints jest's totals as one plain line ("jest: N passed, N failed, N skipped") from the JSON
// results file jest wrote with --json --outputFile, so CI logs show what ran.
const { readFileSync } = require('fs');

const file = process.argv[2];
const results = JSON.parse(readFileSync(file, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(
	`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
);
if (results.numTotalTests === 0) {
	console.error('jest ran no tests');
	process.exit(1);
}
