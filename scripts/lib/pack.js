'use strict';
/**
 * Build, pack and install the package as n8n finds a community package loaded from a custom
 * extensions directory: <tmp>/extensions/node_modules/n8n-nodes-clicksend-suite. Shared by the e2e suites.
 */
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function run(command, args, options = {}) {
	const res = spawnSync(command, args, {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
	if (res.error) throw res.error;
	if (res.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} exited ${res.status}:\n${(res.stdout || '').slice(-3000)}\n${(res.stderr || '').slice(-3000)}`,
		);
	}
	return res.stdout || '';
}

/** @returns {{ ext: string, tarball: string, files: string[] }} */
function packAndInstall(tmp, log = () => undefined) {
	const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
	let t0 = Date.now();
	run('npm', ['run', 'build', '--silent']);
	log(`built in ${secs(t0)}`);
	t0 = Date.now();
	const packDir = path.join(tmp, 'pack');
	fs.mkdirSync(packDir);
	// The repo's .npmrc says ignore-scripts (prepack would build again anyway).
	const packed = JSON.parse(
		run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir]),
	);
	const tarball = path.join(packDir, packed[0].filename);
	const ext = path.join(tmp, 'extensions');
	fs.mkdirSync(ext);
	fs.writeFileSync(
		path.join(ext, 'package.json'),
		'{ "name": "e2e-extensions", "private": true }\n',
	);
	// --legacy-peer-deps: don't pull n8n-workflow (a peer dependency n8n itself provides).
	run(
		'npm',
		[
			'install',
			tarball,
			'--legacy-peer-deps',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--no-package-lock',
			'--loglevel=error',
		],
		{ cwd: ext },
	);
	const installed = path.join(ext, 'node_modules', 'n8n-nodes-clicksend-suite');
	assert.ok(
		fs.existsSync(path.join(installed, 'dist', 'nodes', 'ClickSend', 'ClickSend.node.js')),
		'installed package has dist/',
	);
	log(
		`packed ${packed[0].filename} (${packed[0].entryCount} files) and installed it in ${secs(t0)}`,
	);
	return { ext, tarball, files: packed[0].files.map((file) => file.path) };
}

module.exports = { packAndInstall };
