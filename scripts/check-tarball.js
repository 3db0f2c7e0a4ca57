'use strict';
/**
 * What `npm publish` would ship (`npm run check:tarball`, in .ci/run after the build): prints the
 * file count and sizes of `npm pack --dry-run`, and fails when the tarball holds anything n8n does
 * not load (only compiled JavaScript, codex JSON and icons under dist/, plus package.json, README,
 * LICENSE and CHANGELOG), when a file n8n loads (package.json's `n8n` section) or the LICENSE is
 * missing, or when it grows past the bounds below. Needs a build first.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** Bounds: 30 files (13 today: one bundled file per node and credential); 1 MB unpacked (~0.4 MB today). */
const MAX_FILES = 30;
const MAX_UNPACKED_BYTES = 1024 * 1024;
const PACKAGE_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

const res = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
	cwd: ROOT,
	encoding: 'utf8',
});
if (res.status !== 0) {
	console.error(res.stderr);
	process.exit(1);
}
const [packed] = JSON.parse(res.stdout);
const files = packed.files.map((file) => file.path);
const pkg = require(path.join(ROOT, 'package.json'));
const problems = [];
const stray = files.filter(
	(file) => !/^dist\/.+\.(js|json|svg)$/.test(file) && !PACKAGE_FILES.includes(file),
);
if (stray.length) problems.push(`files n8n does not load: ${stray.join(', ')}`);
const needed = [...pkg.n8n.nodes, ...pkg.n8n.credentials, 'LICENSE'].filter(
	(file) => !files.includes(file),
);
if (needed.length) problems.push(`missing: ${needed.join(', ')} (run npm run build first)`);
if (files.length > MAX_FILES) problems.push(`${files.length} files, more than ${MAX_FILES}`);
if (packed.unpackedSize > MAX_UNPACKED_BYTES)
	problems.push(`${packed.unpackedSize} bytes unpacked, more than ${MAX_UNPACKED_BYTES}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
	`${packed.filename}: ${files.length} files (${files.filter((file) => file.endsWith('.js')).length} JavaScript), ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked (bounds: ${MAX_FILES} files, ${kb(MAX_UNPACKED_BYTES)})`,
);
for (const problem of problems) console.log(`FAIL ${problem}`);
process.exit(problems.length ? 1 : 0);
