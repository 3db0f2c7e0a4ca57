'use strict';
/**
 * End to end in n8n QUEUE MODE (`npm run test:e2e:queue`, newest 2.x; `--n8n=<version>` picks
 * another tested line): build → npm pack → provision n8n → the ClickSend sandbox (this process) →
 * Redis + PostgreSQL + n8n main, worker and two webhook processes (scripts/lib/queue-cluster.js),
 * the package installed on each → the scenarios (test/e2e/queue-scenarios.js, queue-polling.js).
 * Prints `PASS`/`FAIL` per scenario (and `INFO` lines with measurements that are not pass/fail),
 * then `N passed, N failed`; exits non-zero on any failure. Every child process is stopped and the
 * temp dir deleted on exit, also on failure or Ctrl-C (CLICKSEND_E2E_KEEP=1 keeps the temp dir;
 * CLICKSEND_E2E_VERBOSE=1 logs the sandbox's traffic and runs n8n at debug level).
 *
 * Which process did what is established twice, independently: by n8n's own log lines
 * (test/e2e/queue-runs.js) and by the operating system, which tells which process owns the socket
 * of every request that reaches the sandbox (scripts/lib/request-origins.js).
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { lineFor, currentLine } = require('./lib/n8n-lines');
const { createSuite, secs } = require('./lib/suite');

const option = (name) =>
	process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
if (option('n8n')) process.env.CLICKSEND_N8N_VERSION = lineFor(option('n8n')).version;
const line = currentLine();

const runtime = require('./lib/runtime');
const { startReaper } = require('./lib/processes');
const { buildAndPack } = require('./lib/pack');
const { startCluster } = require('./lib/queue-cluster');
const { RequestOrigins } = require('./lib/request-origins');
require('../test/e2e/register-ts');
const { ClickSendSandbox } = require('../test/harness/sandbox.ts');
const { GOOD, BAD, IDS, credentials, workflows } = require('../test/e2e/workflows');
const { readLog } = require('../test/e2e/queue-runs');
const { queueScenarios } = require('../test/e2e/queue-scenarios');
const sendAndWait = require('../test/e2e/send-and-wait-queue');

const VERBOSE = Boolean(process.env.CLICKSEND_E2E_VERBOSE);
const suite = createSuite(`e2e-queue n8n ${line.version}`);
const { log } = suite;

suite.main(async () => {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-e2e-queue-'));
	// Postgres runs as the `postgres` user when we are root: it must be able to reach its data dir.
	fs.chmodSync(tmp, 0o711);
	// Covers a SIGKILLed suite: ends the process groups we started and deletes `tmp`.
	const reaper = startReaper(tmp, { keepDir: Boolean(process.env.CLICKSEND_E2E_KEEP) });
	suite.onCleanup(() => reaper.stop());
	suite.onCleanup(() => {
		if (process.env.CLICKSEND_E2E_KEEP) log(`kept ${tmp}`);
		else fs.rmSync(tmp, { recursive: true, force: true });
	});
	const ctx = { info: [], acks: [], log };

	let t0 = Date.now();
	runtime.ensureRuntime();
	log(`n8n ${line.version} on Node ${line.node} ready in ${secs(t0)}`);
	const { tarball } = buildAndPack(path.join(tmp, 'pack'), log);

	t0 = Date.now();
	ctx.sandbox = await ClickSendSandbox.start({
		credentials: GOOD,
		log: (entry) => VERBOSE && log(`sandbox: ${entry}`),
	});
	suite.onCleanup(() => ctx.sandbox.close());
	// The stand-in's http.Server (a private field in TypeScript, a plain property at run time).
	const server = ctx.sandbox.standIn.server;
	assert.ok(
		server && typeof server.on === 'function',
		'ClickSendStandIn keeps its http.Server in `server`',
	);
	ctx.origins = new RequestOrigins(server, Number(new URL(ctx.sandbox.baseUrl).port));
	log(`sandbox on ${ctx.sandbox.baseUrl} in ${secs(t0)}`);

	const wanted = [IDS.smsSend, IDS.trigger, IDS.polling];
	const workflowList = workflows({ listId: ctx.sandbox.defaultListId }).filter((wf) =>
		wanted.includes(wf.id),
	);
	assert.equal(
		workflowList.length,
		wanted.length,
		'test/e2e/workflows.js has the SMS, trigger and polling workflows',
	);
	const cluster = await startCluster({
		tmp,
		tarball,
		reaper,
		credentialList: credentials(ctx.sandbox.baseUrl, GOOD, BAD),
		workflowList,
		onProcess: (pgid, role) => ctx.origins.addProcess(pgid, role),
		log,
		verbose: VERBOSE,
	});
	suite.onCleanup(() => cluster.stop());
	Object.assign(ctx, {
		procs: cluster.procs,
		baseUrl: cluster.baseUrl,
		cookie: cluster.cookie,
		worker: cluster.worker,
		webhook1: cluster.webhook1,
		webhook2: cluster.webhook2,
	});

	const list = queueScenarios(ctx);
	// Before the last one, the contract check.
	list.splice(-1, 0, ...sendAndWait.queueScenarios(ctx));
	const failed = await suite.runScenarios(list, {
		afterEach: () => {
			cluster.sample();
			for (const entry of ctx.info.splice(0)) console.log(`INFO ${entry}`);
		},
	});
	console.log(
		`INFO peak RSS (MB, process and its children: task runner, Postgres backends): ${Object.entries(
			cluster.peak,
		)
			.map(([role, mb]) => `${role} ${mb}`)
			.join(', ')}`,
	);
	if (failed) {
		for (const proc of cluster.procs) {
			console.log(
				`--- ${proc.role} log tail (${proc.logFile}) ---\n${readLog(proc).split('\n').slice(-25).join('\n')}`,
			);
		}
	}
	return failed;
});
