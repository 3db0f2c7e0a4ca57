'use strict';
/**
 * Redis and PostgreSQL for the queue-mode end-to-end suite (scripts/e2e-queue.js): throw-away
 * instances on 127.0.0.1 only, on free ports, with their data in a directory the caller deletes.
 * Both come from Debian packages (`redis-server`, `postgresql`), installed with apt-get when
 * missing (as root, or through `sudo -n`). Node built-ins only, Node 20 compatible.
 *
 * Facts this relies on (Debian 12):
 *   - `postgresql` installs its server binaries under /usr/lib/postgresql/<major>/bin (not on
 *     PATH); initdb and postgres refuse to run as root, so as root they run as the `postgres`
 *     system user the package creates (its data directory must be owned by that user, mode 0700).
 *   - Debian's package scripts start the packaged services unless /usr/sbin/policy-rc.d forbids
 *     it (containers usually do); these instances never use the packaged ones or their ports.
 *   - Every process is started in its own process group (detached), so stop() also ends the
 *     children Postgres forks; a last-resort SIGKILL runs when this process exits.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { aptInstall } = require('./apt');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Process groups still running; killed when this process exits (also after Ctrl-C). */
const running = new Set();
process.on('exit', () => {
	for (const pid of running) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			/* already gone */
		}
	}
});

function which(command) {
	const res = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
	const found = (res.stdout || '').trim();
	return res.status === 0 && found ? found : undefined;
}

function redisServerPath() {
	return (
		which('redis-server') ||
		(fs.existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined)
	);
}

/** The newest /usr/lib/postgresql/<major>/bin that has initdb, postgres and createdb. */
function postgresBinDir() {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return undefined;
	const majors = fs
		.readdirSync(base)
		.filter((name) => /^\d+$/.test(name))
		.sort((a, b) => Number(b) - Number(a));
	for (const major of majors) {
		const bin = path.join(base, major, 'bin');
		if (['initdb', 'postgres', 'createdb'].every((tool) => fs.existsSync(path.join(bin, tool))))
			return bin;
	}
	return undefined;
}

/** Installs the Debian packages that are missing (`redis-server`, `postgresql`); returns their names. */
function ensurePackages(log = () => undefined) {
	const missing = [];
	if (!redisServerPath()) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (!missing.length) return [];
	aptInstall(missing, log);
	if (!redisServerPath() || !postgresBinDir())
		throw new Error(`apt-get installed ${missing.join(', ')} but the binaries are still missing`);
	return missing;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** One request/answer over a fresh TCP connection (Redis' inline protocol); '' on failure. */
function tcpAsk(port, line, timeoutMs = 1000) {
	return new Promise((resolve) => {
		let answer = '';
		const socket = net.connect({ host: '127.0.0.1', port });
		const done = () => {
			socket.destroy();
			resolve(answer);
		};
		socket.setTimeout(timeoutMs, done);
		socket.on('error', done);
		socket.on('connect', () => socket.write(line));
		socket.on('data', (chunk) => {
			answer += chunk.toString('utf8');
			if (answer.includes('\r\n')) done();
		});
	});
}

function tail(file, lines = 30) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/**
 * Spawns `command` in its own process group, output to `logFile`; the returned stop() sends
 * `signal` to the group, waits for the exit, and SIGKILLs the group after `killAfterMs`.
 */
function spawnService(
	command,
	args,
	{ logFile, cwd, uid, gid, signal = 'SIGTERM', killAfterMs = 15000, env, onSpawn },
) {
	const fd = fs.openSync(logFile, 'a');
	const child = spawn(command, args, {
		cwd,
		env: env || process.env,
		stdio: ['ignore', fd, fd],
		detached: true,
		...(uid === undefined ? {} : { uid, gid }),
	});
	fs.closeSync(fd);
	running.add(child.pid);
	if (onSpawn) onSpawn(child.pid);
	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, sig) => {
			exited = { code, signal: sig };
			resolve(exited);
		});
	});
	const stop = async () => {
		if (!exited) {
			try {
				process.kill(-child.pid, signal);
			} catch {
				/* gone */
			}
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					/* gone */
				}
			}, killAfterMs);
			await exitPromise;
			clearTimeout(timer);
		}
		// Children of the group (Postgres' backends) may outlive the leader by a moment.
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* all gone */
		}
		running.delete(child.pid);
	};
	return { child, stop, exited: () => exited };
}

/**
 * Starts redis-server on 127.0.0.1:<free port>, no persistence, working dir `dir`. `onSpawn(pid)`
 * gets the process (group) id at once.
 * @returns {Promise<{ port: number, pid: number, logFile: string, startMs: number, stop: () => Promise<void> }>}
 */
async function startRedis({ dir, timeoutMs = 30000, onSpawn }) {
	const t0 = Date.now();
	const bin = redisServerPath();
	if (!bin) throw new Error('redis-server not found (ensurePackages() installs it)');
	fs.mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const logFile = path.join(dir, 'redis.log');
	const service = spawnService(
		bin,
		[
			'--bind',
			'127.0.0.1',
			'--port',
			String(port),
			'--protected-mode',
			'yes',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
			'--loglevel',
			'warning',
		],
		{ logFile, cwd: dir, signal: 'SIGTERM', onSpawn },
	);
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline && !service.exited()) {
		if ((await tcpAsk(port, 'PING\r\n')).startsWith('+PONG')) {
			return {
				port,
				pid: service.child.pid,
				logFile,
				startMs: Date.now() - t0,
				stop: service.stop,
			};
		}
		await sleep(100);
	}
	await service.stop();
	throw new Error(
		`redis-server did not answer PING on 127.0.0.1:${port}; log ${logFile}:\n${tail(logFile)}`,
	);
}

/** uid/gid to run Postgres as: the `postgres` user when we are root, else ourselves. */
function postgresUser() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	const id = (flag) => {
		const res = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
		if (res.status !== 0)
			throw new Error(
				'running as root and there is no `postgres` user to run PostgreSQL as (the postgresql package creates it)',
			);
		return Number(res.stdout.trim());
	};
	return { uid: id('-u'), gid: id('-g') };
}

/**
 * initdb + postgres on 127.0.0.1:<free port> (no Unix socket), data in `<dir>/data`, a database
 * `n8n` owned by user `n8n` (password auth over TCP). As root, everything under `dir` is owned
 * by the `postgres` user and `dir`'s parents must be traversable by it (the caller's temp dir).
 * Durability is off (fsync, full-page writes): throw-away data. `onSpawn(pid)` gets the
 * postmaster's process (group) id at once.
 * @returns {Promise<{ port: number, pid: number, database: string, user: string, password: string,
 *   logFile: string, startMs: number, version: string, stop: () => Promise<void> }>}
 */
async function startPostgres({ dir, timeoutMs = 60000, onSpawn }) {
	const t0 = Date.now();
	const bin = postgresBinDir();
	if (!bin)
		throw new Error(
			'PostgreSQL server binaries not found under /usr/lib/postgresql (ensurePackages() installs them)',
		);
	const { uid, gid } = postgresUser();
	fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
	if (uid !== undefined) fs.chownSync(dir, uid, gid);
	const dataDir = path.join(dir, 'data');
	const user = 'n8n';
	const password = require('node:crypto').randomBytes(12).toString('hex');
	const pwFile = path.join(dir, 'pwfile');
	fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
	if (uid !== undefined) fs.chownSync(pwFile, uid, gid);
	const asUser = uid === undefined ? {} : { uid, gid };
	// Postgres tools look up their own user's HOME and locale; keep them predictable.
	const env = { ...process.env, LC_ALL: 'C', LANG: 'C', HOME: dir, PGPASSWORD: password };
	const init = spawnSync(
		path.join(bin, 'initdb'),
		[
			'-D',
			dataDir,
			'-U',
			user,
			`--pwfile=${pwFile}`,
			'--auth-local=trust',
			'--auth-host=scram-sha-256',
			'-E',
			'UTF8',
			'--no-sync',
		],
		{ cwd: dir, env, encoding: 'utf8', ...asUser },
	);
	fs.rmSync(pwFile, { force: true });
	if (init.status !== 0)
		throw new Error(`initdb failed (${init.status}):\n${init.stdout}\n${init.stderr}`);
	const version = (
		spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout || ''
	).trim();

	const port = await freePort();
	const logFile = path.join(dir, 'postgres.log');
	fs.writeFileSync(logFile, '');
	if (uid !== undefined) fs.chownSync(logFile, uid, gid);
	const service = spawnService(
		path.join(bin, 'postgres'),
		[
			'-D',
			dataDir,
			'-p',
			String(port),
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'unix_socket_directories=',
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		],
		// SIGINT = "fast shutdown": disconnects clients, exits cleanly in well under a second.
		{ logFile, cwd: dir, env, signal: 'SIGINT', onSpawn, ...asUser },
	);
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline && !service.exited()) {
		last = spawnSync(
			path.join(bin, 'createdb'),
			['-h', '127.0.0.1', '-p', String(port), '-U', user, '-O', user, 'n8n'],
			{ env, encoding: 'utf8' },
		);
		if (last.status === 0) {
			return {
				port,
				pid: service.child.pid,
				database: 'n8n',
				user,
				password,
				logFile,
				startMs: Date.now() - t0,
				version,
				stop: service.stop,
			};
		}
		await sleep(200);
	}
	await service.stop();
	throw new Error(
		`PostgreSQL did not come up on 127.0.0.1:${port} (${last ? last.stderr.trim() : 'exited'}); log ${logFile}:\n${tail(logFile)}`,
	);
}

module.exports = {
	ensurePackages,
	startRedis,
	startPostgres,
	freePort,
	postgresBinDir,
	redisServerPath,
};
