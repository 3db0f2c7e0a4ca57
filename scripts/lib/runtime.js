'use strict';
/**
 * A real n8n process for the e2e suites and the dev instance: the runtime of the current n8n line
 * (scripts/lib/n8n-lines.js: CLICKSEND_N8N_VERSION, default the newest 2.x), its environment, and
 * `n8n start` / `worker` / `webhook` started and stopped. The HTTP API is in ./n8n-rest.js, the CLI
 * in ./n8n-cli.js. CommonJS, Node 20 compatible, Node built-ins only.
 *
 * Owner account: owner@example.com / ClickSend-dev-1. n8n ≥ 2.17 creates it from the environment
 * (N8N_INSTANCE_OWNER_MANAGED_BY_ENV); older lines get it through POST /rest/owner/setup once the
 * server is ready (see startN8n).
 *
 * Facts these helpers rely on (read from n8n's source, then tried):
 *   - `GET /healthz` answers as soon as HTTP listens; `GET /healthz/readiness` answers 200 once the
 *     database is migrated and n8n fully started (1.123, 2.0 and 2.41 alike).
 *   - Each process gets a free task-runner broker port (N8N_RUNNERS_BROKER_PORT, default 5679), so
 *     several n8n processes (server + CLI, parallel tests) coexist.
 *   - SQLite (WAL) lets CLI commands (import:*, execute) run while the server runs on the same
 *     N8N_USER_FOLDER.
 *   - Community packages: n8n loads every `n8n-nodes-*` package it finds in
 *     `<N8N_USER_FOLDER>/.n8n/nodes/node_modules` at start-up (LoadNodesAndCredentials), as after an
 *     install from Settings → Community Nodes; their node types are `<package name>.<node name>`.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { currentLine } = require('./n8n-lines');
const { provision, linePaths } = require('./provision');
const { ensureOwner } = require('./n8n-rest');

const DEFAULT_OWNER = Object.freeze({
	email: 'owner@example.com',
	password: 'ClickSend-dev-1',
	// bcrypt (bcryptjs 2.4.3, cost 10) of 'ClickSend-dev-1'
	passwordHash: '$2a$10$CBSS1txzKHl05dnHNdnceuDVyFiCVm5ROuEsow3oAhoLvMQ.cUA9G',
});

/**
 * The current line's runtime paths (they may not exist yet; see ensureRuntime()).
 * @returns {{ line: object, cacheDir: string, node: string, n8nBin: string, n8nDir: string }}
 */
function runtimePaths() {
	const line = currentLine();
	const { cacheDir, node, n8nBin, n8nDir } = linePaths(line);
	return { line, cacheDir, node, n8nBin, n8nDir };
}

/** Provision the current line if needed (output on stderr) and return its paths. */
function ensureRuntime() {
	provision(currentLine());
	return runtimePaths();
}

/** bcrypt hash of a password, with n8n's own bcryptjs (no extra dependency). */
function hashPassword(password) {
	if (password === DEFAULT_OWNER.password) return DEFAULT_OWNER.passwordHash;
	const bcryptPath = require.resolve('bcryptjs', {
		paths: [path.join(runtimePaths().n8nDir, 'node_modules', 'n8n')],
	});
	return require(bcryptPath).hashSync(password, 10);
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Environment for an n8n process.
 * @param {object} o
 * @param {string} o.userFolder            N8N_USER_FOLDER (n8n keeps .n8n/database.sqlite etc. in it)
 * @param {string} [o.customExtensionsDir] N8N_CUSTOM_EXTENSIONS
 * @param {number} [o.port]                N8N_PORT
 * @param {number} [o.brokerPort]          N8N_RUNNERS_BROKER_PORT
 * @param {{email?: string, password?: string}} [o.owner]
 * @param {Record<string,string>} [o.env]  extra variables, applied last
 */
function n8nEnv({ userFolder, customExtensionsDir, port, brokerPort, owner, env }) {
	if (!userFolder) throw new Error('userFolder is required');
	const base = { ...process.env };
	// Do not leak the test runner's Node options (e.g. jest's --experimental-vm-modules) into n8n.
	delete base.NODE_OPTIONS;
	const e = {
		...base,
		PATH: `${path.dirname(runtimePaths().node)}${path.delimiter}${process.env.PATH || ''}`,
		NODE_ENV: 'production',
		N8N_USER_FOLDER: userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: (owner && owner.email) || DEFAULT_OWNER.email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: hashPassword(
			(owner && owner.password) || DEFAULT_OWNER.password,
		),
		DB_TYPE: 'sqlite',
		// 2.x's default; 1.123 defaults to 0 (no read pool), which it calls deprecated.
		DB_SQLITE_POOL_SIZE: '3',
	};
	if (customExtensionsDir) e.N8N_CUSTOM_EXTENSIONS = customExtensionsDir;
	if (port) {
		e.N8N_PORT = String(port);
		e.WEBHOOK_URL = `http://127.0.0.1:${port}/`;
		e.N8N_EDITOR_BASE_URL = `http://127.0.0.1:${port}/`;
	}
	if (brokerPort) e.N8N_RUNNERS_BROKER_PORT = String(brokerPort);
	return { ...e, ...(env || {}) };
}

function tail(file, lines = 60) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const running = new Set();
process.on('exit', () => {
	for (const child of running) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* already gone */
		}
	}
});

/**
 * Wait until the process answers every path with 200 (or exits, or time runs out). Readiness alone
 * is not enough: n8n 1.123 answers /healthz/readiness before its REST routes exist, so `n8n start`
 * also waits for `/rest/settings` (public: what the editor loads first).
 */
async function waitUntilReady(baseUrl, paths, isGone, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline && !isGone()) {
		let ready = true;
		for (const urlPath of paths) {
			try {
				const res = await fetch(`${baseUrl}${urlPath}`, { signal: AbortSignal.timeout(2000) });
				await res.arrayBuffer();
				ready = res.status === 200;
			} catch {
				ready = false; // not listening yet
			}
			if (!ready) break;
		}
		if (ready) return true;
		await sleep(500);
	}
	return false;
}

/**
 * Start an n8n process of the current line and wait until it is ready (and has its owner).
 *
 * Queue mode (scripts/e2e-queue.js) starts the other process types with `command`:
 *   - 'webhook' (`n8n webhook`): serves production webhooks on `port` (N8N_PORT), with the same
 *     /healthz and /healthz/readiness as `n8n start`;
 *   - 'worker' (`n8n worker`): no N8N_PORT; its health server (QUEUE_HEALTH_CHECK_ACTIVE,
 *     QUEUE_HEALTH_CHECK_PORT = `port`, N8N_WORKER_SERVER_ADDRESS=127.0.0.1) answers
 *     /healthz/readiness once the database and Redis are connected.
 * The queue settings themselves (EXECUTIONS_MODE, Redis, Postgres, WEBHOOK_URL…) come in `env`.
 *
 * @param {object} o
 * @param {string} o.userFolder            scratch dir; n8n's data in <userFolder>/.n8n, its log in <userFolder>/n8n.log
 * @param {string} [o.customExtensionsDir] N8N_CUSTOM_EXTENSIONS (most suites install the package into <userFolder>/.n8n/nodes instead)
 * @param {number} [o.port]                HTTP port (default: a free one)
 * @param {Record<string,string>} [o.env]  extra/override variables
 * @param {{email?: string, password?: string}} [o.owner]
 * @param {number} [o.timeoutMs=120000]
 * @param {'start'|'worker'|'webhook'} [o.command='start']
 * @param {string[]} [o.args]              extra arguments, e.g. ['--concurrency=5'] for a worker
 * @param {(child: import('child_process').ChildProcess) => void} [o.onSpawn] called at once with
 *   the child (its pid is also its process group id), before readiness
 * @returns {Promise<{ process: import('child_process').ChildProcess, baseUrl: string, port: number,
 *   logFile: string, owner: {email: string, password: string}, startMs: number, stop: () => Promise<void> }>}
 */
async function startN8n({
	userFolder,
	customExtensionsDir,
	port,
	env,
	owner,
	timeoutMs = 120000,
	command = 'start',
	args = [],
	onSpawn,
} = {}) {
	const { node, n8nBin, line } = runtimePaths();
	if (!fs.existsSync(node) || !fs.existsSync(n8nBin)) {
		throw new Error(
			`n8n ${line.version} is not provisioned (${n8nBin}); call ensureRuntime() first`,
		);
	}
	const started = Date.now();
	fs.mkdirSync(userFolder, { recursive: true });
	port = port || (await freePort());
	const brokerPort = await freePort();
	const logFile = path.join(userFolder, 'n8n.log');
	const fd = fs.openSync(logFile, 'a');
	const isWorker = command === 'worker';
	const child = spawn(node, [n8nBin, command, ...args], {
		cwd: userFolder,
		env: n8nEnv({
			userFolder,
			customExtensionsDir,
			port: isWorker ? undefined : port,
			brokerPort,
			owner,
			env: {
				// Activation goes through a publication outbox in n8n 2.41 (see n8n-rest.js); poll it often.
				N8N_WORKFLOW_PUBLICATION_OUTBOX_POLL_INTERVAL_MS: '500',
				...(isWorker
					? {
							QUEUE_HEALTH_CHECK_ACTIVE: 'true',
							QUEUE_HEALTH_CHECK_PORT: String(port),
							N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
						}
					: {}),
				...(env || {}),
			},
		}),
		stdio: ['ignore', fd, fd],
		// Own process group, so stop() also ends n8n's task-runner children.
		detached: true,
	});
	fs.closeSync(fd);
	running.add(child);
	if (onSpawn) onSpawn(child);
	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			running.delete(child);
			resolve(exited);
		});
	});
	const stop = async () => {
		if (exited) return;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			/* gone */
		}
		const killer = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}, 20000);
		await exitPromise;
		clearTimeout(killer);
	};

	const baseUrl = `http://127.0.0.1:${port}`;
	const readyPaths = [
		'/healthz',
		'/healthz/readiness',
		...(command === 'start' ? ['/rest/settings'] : []),
	];
	if (!(await waitUntilReady(baseUrl, readyPaths, () => exited !== null, timeoutMs))) {
		await stop();
		const why = exited ? `exited (${JSON.stringify(exited)})` : `not ready after ${timeoutMs} ms`;
		throw new Error(`n8n ${line.version} ${command} ${why}; log ${logFile}:\n${tail(logFile)}`);
	}
	const account = {
		email: (owner && owner.email) || DEFAULT_OWNER.email,
		password: (owner && owner.password) || DEFAULT_OWNER.password,
	};
	if (command === 'start') await ensureOwner(baseUrl, account);
	return {
		process: child,
		baseUrl,
		port,
		logFile,
		startMs: Date.now() - started,
		owner: account,
		stop,
	};
}

module.exports = {
	DEFAULT_OWNER,
	runtimePaths,
	ensureRuntime,
	startN8n,
	n8nEnv,
	hashPassword,
	freePort,
};
