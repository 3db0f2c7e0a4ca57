'use strict';
/**
 * Provision the n8n runtimes the tests use (`npm run provision`, or `node scripts/provision-runtime.js
 * [<n8n version> … | all]`; default: the newest 2.x). Idempotent: a ready runtime is a few file
 * checks. Prints each runtime's Node and n8n paths. See scripts/lib/provision.js.
 */
const { N8N_LINES, DEFAULT_LINE, lineFor } = require('./lib/n8n-lines');
const { provision } = require('./lib/provision');

const args = process.argv.slice(2);
const lines = args.includes('all') ? N8N_LINES : args.length ? args.map(lineFor) : [DEFAULT_LINE];
for (const line of lines) {
	const paths = provision(line);
	console.log(
		`n8n ${line.version} (${line.role}) on Node ${line.node}: ${paths.n8nBin} (node ${paths.node})`,
	);
}
