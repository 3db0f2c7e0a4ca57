'use strict';
/**
 * The package as users get it: built, packed with `npm pack` (what `npm publish` ships), and
 * installed into an n8n user folder the way Settings → Community Nodes installs it
 * (`npm install <package>` in `<N8N_USER_FOLDER>/.n8n/nodes`). n8n then loads it at start-up and
 * names its node types `n8n-nodes-clicksend-suite.<node>`. Shared by the e2e suites and the dev
 * instance.
 */
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = require(path.join(ROOT, 'package.json')).name;

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

/**
 * Build and pack into `dir`.
 * @returns {{ tarball: string, files: string[], size: number, unpackedSize: number }}
 */
function buildAndPack(dir, log = () => undefined) {
	const t0 = Date.now();
	run('npm', ['run', 'build', '--silent']);
	fs.mkdirSync(dir, { recursive: true });
	// The repo's .npmrc says ignore-scripts (prepack would build again anyway).
	const [packed] = JSON.parse(
		run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]),
	);
	log(
		`built and packed ${packed.filename} (${packed.entryCount} files) in ${((Date.now() - t0) / 1000).toFixed(1)}s`,
	);
	return {
		tarball: path.join(dir, packed.filename),
		files: packed.files.map((file) => file.path),
		size: packed.size,
		unpackedSize: packed.unpackedSize,
	};
}

/**
 * Install the tarball as a community package of the n8n whose N8N_USER_FOLDER is `userFolder`
 * (as n8n does: `npm install` in `<userFolder>/.n8n/nodes`; `--legacy-peer-deps` keeps the
 * `n8n-workflow` peer out, n8n provides it). In queue mode every process gets its own install.
 * @returns {string} the installed package's directory
 */
function installPackage(tarball, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	if (!fs.existsSync(path.join(nodesDir, 'package.json'))) {
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			'{ "name": "installed-nodes", "private": true }\n',
		);
	}
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
		{ cwd: nodesDir },
	);
	const installed = path.join(nodesDir, 'node_modules', PACKAGE);
	assert.ok(
		fs.existsSync(path.join(installed, 'dist', 'nodes', 'ClickSend', 'ClickSend.node.js')),
		`${installed} has dist/`,
	);
	return installed;
}

/** The node type n8n gives one of our nodes installed as a community package. */
const nodeType = (name) => `${PACKAGE}.${name}`;

module.exports = { PACKAGE, buildAndPack, installPackage, nodeType };
