'use strict';
/**
 * Debian packages the e2e suites need (Redis, PostgreSQL, Chromium), installed with apt-get when
 * missing: non-interactively, as root or through `sudo -n`, waiting for a dpkg lock held by another
 * apt run, and after one `apt-get update` when the first attempt fails (a machine whose package
 * lists were never fetched knows no packages yet).
 */
const { spawnSync } = require('node:child_process');

function run(command, args) {
	return spawnSync(command, args, {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', NEEDRESTART_MODE: 'a' },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
}

/**
 * Install `packages` (names) with apt-get; throws with apt's output when that fails.
 * @param {string[]} packages
 * @param {(line: string) => void} log
 */
function aptInstall(packages, log = () => undefined) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot && run('sudo', ['-n', 'true']).status !== 0) {
		throw new Error(
			`missing Debian packages ${packages.join(', ')} and this user cannot run apt-get: run as root or install them (apt-get install ${packages.join(' ')})`,
		);
	}
	const apt = (args) =>
		run(
			...(isRoot
				? ['apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args]]
				: ['sudo', ['-n', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args]]),
		);
	const install = () =>
		apt([
			'install',
			'-y',
			'-q',
			'--no-install-recommends',
			'-o',
			'Dpkg::Options::=--force-confdef',
			'-o',
			'Dpkg::Options::=--force-confold',
			...packages,
		]);
	log(`installing Debian packages: ${packages.join(', ')} (apt-get)`);
	let res = install();
	if (res.status !== 0) {
		log('apt-get install failed; apt-get update and one more try');
		const update = apt(['update', '-q']);
		if (update.status !== 0) {
			throw new Error(
				`apt-get update failed (${update.status}):\n${(update.stderr || '').slice(-2000)}`,
			);
		}
		res = install();
	}
	if (res.status !== 0) {
		throw new Error(
			`apt-get install ${packages.join(' ')} failed (${res.status}):\n${(res.stdout || '').slice(-2000)}\n${(res.stderr || '').slice(-2000)}`,
		);
	}
}

module.exports = { aptInstall };
