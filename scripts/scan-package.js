'use strict';
/**
 * n8n's verification scan, run offline (`npm run scan`, and in .ci/run after build and lint).
 *
 * n8n verifies a community package with `@n8n/scan-community-package` (`npx
 * @n8n/scan-community-package <name>@<version>`), in three steps:
 *   1. provenance: the version on npm must carry an npm provenance attestation from GitHub
 *      Actions (.github/workflows/publish.yml publishes that way);
 *   2. the attested source (the GitHub commit named in the attestation) is linted:
 *      `package.json` and `{nodes,credentials}/**\/*.{js,ts,json}`;
 *   3. the published tarball is linted: `**\/*.js` and `package.json`.
 * Step 1 and the downloads of steps 2-3 need the live npm registry and GitHub, so they are SKIPPED
 * here; this script runs the scanner's own exported `analyzePackage(dir, patterns)` (the same ESLint
 * set-up, inline eslint-disable comments ignored as in n8n's scan) on what steps 2 and 3 would get:
 * this checkout's source, and the tarball `npm pack` makes from the current build (dist/).
 *
 * Prints every finding and exits 1 on any. Needs a build (`npm run build`) first.
 * Usage: node scripts/scan-package.js
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];
const started = Date.now();
const log = (line) => console.log(`[scan ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

function run(command, args, options = {}) {
	const res = spawnSync(command, args, {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
	if (res.error) throw res.error;
	if (res.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} exited ${res.status}:\n${res.stdout}\n${res.stderr}`,
		);
	return res.stdout;
}

/** npm pack (as `npm publish` would pack it) and unpack into <tmp>/package; returns that dir and the file list. */
function packAndExtract(tmp) {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const declared = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
	const missing = declared.filter((file) => !fs.existsSync(path.join(ROOT, file)));
	if (missing.length > 0) {
		throw new Error(`the build is missing ${missing.join(', ')}: run \`npm run build\` first`);
	}
	// --ignore-scripts: the repo's .npmrc says so anyway; prepack would only build again.
	const [packed] = JSON.parse(
		run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]),
	);
	const dir = path.join(tmp, 'package');
	fs.mkdirSync(dir);
	run('tar', ['-xzf', path.join(tmp, packed.filename), '-C', dir, '--strip-components=1']);
	return { dir, filename: packed.filename, files: packed.files.map((file) => file.path) };
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-scan-'));
	// The scanner makes a temp dir of its own when it is loaded: keep it inside ours.
	process.env.TMPDIR = tmp;
	let failures = 0;
	try {
		const tarball = packAndExtract(tmp);
		log(`packed ${tarball.filename} (${tarball.files.length} files)`);
		const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(
			'@n8n/scan-community-package/scanner/scanner.mjs'
		);
		const fg = require('fast-glob');

		const legs = [
			{
				name: 'tarball (what npm publish ships)',
				dir: tarball.dir,
				patterns: TARBALL_PATTERNS,
				label: '<tarball>/',
			},
			{
				name: 'source (what the provenance attestation points at)',
				dir: ROOT,
				patterns: SOURCE_FILE_PATTERNS,
			},
		];
		for (const leg of legs) {
			const files = fg.sync(leg.patterns, {
				cwd: leg.dir,
				ignore: ['node_modules/**', '**/package-lock.json'],
			});
			// analyzePackage passes when it finds nothing to lint: that would be a broken set-up here.
			if (files.length === 0)
				throw new Error(`${leg.name}: no files match ${leg.patterns.join(', ')} in ${leg.dir}`);
			const t0 = Date.now();
			const result = await analyzePackage(leg.dir, leg.patterns);
			const secs = ((Date.now() - t0) / 1000).toFixed(1);
			if (result.passed) {
				log(
					`PASS ${leg.name}: ${files.length} files (${leg.patterns.join(', ')}), no findings (${secs}s)`,
				);
			} else {
				failures++;
				log(`FAIL ${leg.name}: ${result.message} (${files.length} files, ${secs}s)`);
				// Paths inside the unpacked tarball read as <tarball>/dist/…
				if (result.details)
					console.log(result.details.split(`${leg.dir}${path.sep}`).join(leg.label ?? ''));
			}
		}
		log(
			'provenance check SKIPPED: it reads the attestation of a published version from the live npm registry (see .github/workflows/publish.yml)',
		);
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	if (failures > 0) {
		console.log(
			`n8n's verification scan found problems in ${failures} of 2 parts: fix them before publishing (n8n would refuse the package).`,
		);
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(`[scan] ${error && error.stack ? error.stack : error}`);
	process.exit(1);
});
