'use strict';
/**
 * Provision the n8n runtimes the tests use (`npm run provision`, or `node scripts/provision-runtime.js
 * [<n8n version> … | all]`; default: the newest 2.x). Idempotent: a ready runtime is a few file
 * checks. Several lines are provisioned at the same time, each in its own process (installs wait
 * mostly on the registry; a lock keeps two processes off the same Node or n8n folder). Prints each
 * runtime's Node and n8n paths. See scripts/lib/provision.js.
 */
const { spawn } = require('node:child_process');

const { N8N_LINES, DEFAULT_LINE, lineFor } = require('./lib/n8n-lines');
const { provision } = require('./lib/provision');

const args = process.argv.slice(2);
const lines = args.includes('all') ? N8N_LINES : args.length ? args.map(lineFor) : [DEFAULT_LINE];

if (lines.length === 1) {
	const [line] = lines;
	const paths = provision(line);
	console.log(
		`n8n ${line.version} (${line.role}) on Node ${line.node}: ${paths.n8nBin} (node ${paths.node})`,
	);
} else {
	const runs = lines.map(
		(line) =>
			new Promise((resolve) => {
				const child = spawn(process.execPath, [__filename, line.version], { stdio: 'inherit' });
				child.on('exit', (code) => resolve({ line, code }));
			}),
	);
	Promise.all(runs).then((results) => {
		const failed = results.filter((result) => result.code !== 0);
		for (const { line, code } of failed)
			console.error(`n8n ${line.version}: provisioning failed (exit ${code})`);
		process.exit(failed.length ? 1 : 0);
	});
}
