'use strict';
/**
 * End to end in n8n QUEUE MODE (`npm run test:e2e:queue`):
 *   build → npm pack → install the tarball as a custom extension → provision Node 24 + n8n 2.41.1
 *   (scripts/provision-runtime.sh, cached) → Redis + PostgreSQL on 127.0.0.1 (Debian packages,
 *   apt-get-installed when missing; data in a temp dir) → the ClickSend sandbox (this process) →
 *   import credentials and workflows into Postgres → n8n as main (`n8n start`), one worker
 *   (`n8n worker`) and two webhook processes (`n8n webhook`), EXECUTIONS_MODE=queue, one
 *   encryption key, each with its own user folder and ports → the scenarios.
 * Prints `PASS <name>` / `FAIL <name>: <why>` per scenario (and `INFO` lines with measurements
 * that are not pass/fail), then `N passed, N failed` alone on a line; exits non-zero on any
 * failure. Every child process is stopped and the temp dir (Postgres/Redis data, n8n user
 * folders, logs) deleted on exit, also on failure or Ctrl-C (CLICKSEND_E2E_KEEP=1 keeps the temp
 * dir and prints where; CLICKSEND_E2E_VERBOSE=1 logs sandbox traffic and runs n8n at debug level).
 *
 * Which process did what is established twice, independently:
 *   1. n8n's own log lines, one log file per process: the process that queued a run logs
 *      `Enqueued execution <id> (job <n>)` (main for manual and polling runs, the webhook process
 *      that took the delivery for webhook runs), and the worker logs `Worker started execution
 *      <id>` / `Worker finished execution <id>` (n8n 2.41.1, scaling/job-processor.js).
 *   2. The operating system: for every request that reaches the sandbox, the suite looks up which
 *      process owns the client end of that TCP connection (/proc/net/tcp → socket inode →
 *      /proc/<pid>/fd), and maps the pid to main / worker / webhook-1 / webhook-2 by its process
 *      group (each n8n process runs in its own group, with its task runners). So "the SMS was
 *      sent by the worker" and "the poll ran on main" are facts about sockets, not about logs.
 */
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const runtime = require('./lib/runtime');
const { packAndInstall } = require('./lib/pack');
const { nodeItems, testCredentials, waitForExecutions } = require('../test/e2e/runs');
const services = require('./lib/services');
require('../test/e2e/register-ts');
const { ClickSendSandbox } = require('../test/harness/sandbox.ts');
const { IDS, RECIPIENTS, credentials, workflows } = require('../test/e2e/workflows');
const { n8nCliAsync } = require('../test/e2e/cli');

const GOOD = { username: 'e2e-user', apiKey: 'E2E-KEY-0000-1111' };
const BAD = { username: 'e2e-user', apiKey: 'WRONG-KEY' };
const POLL_ID = 'e2eQueuePolling1';
const RULE_PATH = '/automations/sms/inbound';
const VERBOSE = Boolean(process.env.CLICKSEND_E2E_VERBOSE);
const started = Date.now();
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => console.log(`[e2e-queue ${secs(started)}] ${line}`);

const state = {
	interrupted: undefined,
	tmp: undefined,
	reaper: undefined,
	n8n: [],
	sandbox: undefined,
	redis: undefined,
	postgres: undefined,
	cleaning: undefined,
};

async function cleanup() {
	state.cleaning ??= (async () => {
		await Promise.all(state.n8n.map((proc) => proc.stop().catch(() => undefined)));
		state.n8n = [];
		if (state.sandbox) await state.sandbox.close().catch(() => undefined);
		if (state.postgres) await state.postgres.stop().catch(() => undefined);
		if (state.redis) await state.redis.stop().catch(() => undefined);
		if (state.tmp && !process.env.CLICKSEND_E2E_KEEP)
			fs.rmSync(state.tmp, { recursive: true, force: true });
		else if (state.tmp) log(`kept ${state.tmp}`);
		if (state.reaper) state.reaper.stop();
	})();
	await state.cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		state.interrupted = signal;
		log(`${signal}: stopping n8n, Redis and Postgres, deleting their data`);
		void cleanup().finally(() => process.exit(130));
	});
}

// ---------------------------------------------------------------------------------------------
// Which OS process sent a request to the sandbox

/** Inode of the client end of a TCP connection 127.0.0.1:clientPort → 127.0.0.1:serverPort. */
function clientSocketInode(clientPort, serverPort) {
	for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch {
			continue;
		}
		for (const line of text.split('\n').slice(1)) {
			const fields = line.trim().split(/\s+/);
			if (fields.length < 10) continue;
			const local = parseInt(fields[1].split(':').pop(), 16);
			const remote = parseInt(fields[2].split(':').pop(), 16);
			if (local === clientPort && remote === serverPort && fields[9] !== '0') return fields[9];
		}
	}
	return undefined;
}

function processGroupOf(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
	} catch {
		return undefined;
	}
}

function ownsSocket(pid, inode) {
	const wanted = `socket:[${inode}]`;
	let fds;
	try {
		fds = fs.readdirSync(`/proc/${pid}/fd`);
	} catch {
		return false;
	}
	for (const fd of fds) {
		try {
			if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === wanted) return true;
		} catch {
			/* closed meanwhile */
		}
	}
	return false;
}

/**
 * Records, for every request the sandbox receives, which of our processes sent it. Runs in the
 * server's 'request' event: the client is waiting for the answer, so its socket is still open.
 */
class RequestOrigins {
	constructor(server, serverPort) {
		this.serverPort = serverPort;
		/** process group id → role */
		this.roles = new Map([[processGroupOf(process.pid), 'suite']]);
		this.entries = [];
		server.on('request', (req) => this.record(req));
	}

	addProcess(pgid, role) {
		this.roles.set(pgid, role);
	}

	roleOfSocket(inode) {
		for (const entry of fs.readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			const role = this.roles.get(processGroupOf(Number(entry)));
			if (role && ownsSocket(entry, inode)) return role;
		}
		return 'unknown';
	}

	record(req) {
		const url = new URL(req.url, 'http://sandbox');
		const inode = clientSocketInode(req.socket.remotePort, this.serverPort);
		this.entries.push({
			at: Date.now(),
			method: req.method,
			path: url.pathname.replace(/^\/v3/, ''),
			role: inode ? this.roleOfSocket(inode) : 'unknown',
		});
	}

	/** Entries for `method path` (path below /v3: exact string or RegExp), optionally since an index. */
	to(method, pathOrRegExp, since = 0) {
		return this.entries
			.slice(since)
			.filter(
				(entry) =>
					entry.method === method &&
					(typeof pathOrRegExp === 'string'
						? entry.path === pathOrRegExp
						: pathOrRegExp.test(entry.path)),
			);
	}

	get mark() {
		return this.entries.length;
	}
}

// ---------------------------------------------------------------------------------------------
// n8n processes

const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

function readLog(proc) {
	try {
		return stripAnsi(fs.readFileSync(proc.logFile, 'utf8'));
	} catch {
		return '';
	}
}

/**
 * Where an execution ran, from n8n's own log lines: which process enqueued it and whether the
 * worker logged starting and finishing it. Waits (the worker logs just after saving the result).
 */
async function whereRan(ctx, executionId, timeoutMs = 15000) {
	const deadline = Date.now() + timeoutMs;
	const finished = new RegExp(`Worker finished execution ${executionId} \\(job \\d+\\)`);
	const enqueued = new RegExp(`Enqueued execution ${executionId} \\(job \\d+\\)`);
	for (;;) {
		const enqueuedBy = ctx.procs
			.filter((proc) => enqueued.test(readLog(proc)))
			.map((proc) => proc.role);
		const finishedBy = ctx.procs
			.filter((proc) => finished.test(readLog(proc)))
			.map((proc) => proc.role);
		if ((enqueuedBy.length && finishedBy.length) || Date.now() > deadline)
			return { enqueuedBy, finishedBy };
		await sleep(250);
	}
}

async function assertRanOnWorker(ctx, executionId, enqueuer) {
	const where = await whereRan(ctx, executionId);
	assert.deepEqual(
		where.finishedBy,
		['worker'],
		`"Worker finished execution ${executionId}" logged by ${JSON.stringify(where.finishedBy)}`,
	);
	assert.deepEqual(
		where.enqueuedBy,
		[enqueuer],
		`"Enqueued execution ${executionId}" logged by ${JSON.stringify(where.enqueuedBy)}, expected ${enqueuer}`,
	);
	return where;
}

/** Lines matching `pattern` in every n8n log, by role (to compare before/after a step). */
function countLogLines(ctx, pattern) {
	return Object.fromEntries(
		ctx.procs.map((proc) => [
			proc.role,
			(readLog(proc).match(new RegExp(pattern, 'g')) || []).length,
		]),
	);
}

async function waitForExecution(ctx, executionId, timeoutMs = 60000) {
	const deadline = Date.now() + timeoutMs;
	let execution;
	while (Date.now() < deadline) {
		execution = await runtime.getExecution(ctx.baseUrl, ctx.cookie, executionId);
		if (!['running', 'new', 'waiting'].includes(execution.status)) return execution;
		await sleep(300);
	}
	throw new Error(
		`execution ${executionId} not finished after ${timeoutMs} ms (status ${execution && execution.status})`,
	);
}

async function post(url, body, headers = { 'content-type': 'application/json' }) {
	const res = await runtime.fetchRetry(url, {
		method: 'POST',
		headers,
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	return { status: res.status, text: await res.text() };
}

/** The sandbox's ClickSend test endpoint, as a user (or ClickSend) would call it. */
async function sandboxApi(ctx, method, apiPath, body) {
	const res = await runtime.fetchRetry(`${ctx.sandbox.baseUrl}${apiPath}`, {
		method,
		headers: {
			authorization: `Basic ${Buffer.from(`${GOOD.username}:${GOOD.apiKey}`).toString('base64')}`,
			'content-type': 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await res.json();
}

/** Status and body of the sandbox's latest webhook delivery. */
function lastDelivery(sandbox) {
	const delivery = sandbox.deliveries[sandbox.deliveries.length - 1];
	return { status: delivery.status, text: delivery.responseText };
}

/** A production webhook URL of the trigger, moved to another webhook process' origin. */
const onProcess = (address, proc) =>
	String(address).replace(/^http:\/\/127\.0\.0\.1:\d+/, proc.baseUrl);

// ---------------------------------------------------------------------------------------------
// Scenarios

function scenarios(ctx) {
	const { sandbox, origins } = ctx;
	const list = [];
	const scenario = (name, fn) => list.push({ name, fn });
	const executionsOf = async (workflowId) =>
		await runtime.listExecutions(ctx.baseUrl, ctx.cookie, { workflowId, limit: 50 });

	scenario(
		'credential test through main (POST /rest/credentials/test): good key OK, wrong key → our 401 message',
		async () => {
			const mark = origins.mark;
			const { bad } = await testCredentials(ctx.baseUrl, ctx.cookie, sandbox.baseUrl, {
				ids: IDS,
				good: GOOD,
				bad: BAD,
			});
			assert.match(bad.message, /401|INVALID_CREDENTIALS/);
			const calls = origins.to('GET', '/account', mark);
			assert.ok(calls.length >= 2, `both tests reached the sandbox: ${JSON.stringify(calls)}`);
			assert.deepEqual(
				[...new Set(calls.map((call) => call.role))],
				['main'],
				'the credential test runs on main',
			);
		},
	);

	scenario(
		'SMS → Send, run from the editor API (manual run offloaded to the worker): ONE /sms/send request, sent by the worker',
		async () => {
			const mark = origins.mark;
			const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			const res = await runtime.restRequest(
				ctx.baseUrl,
				ctx.cookie,
				'POST',
				`/rest/workflows/${IDS.smsSend}/run`,
				{
					triggerToStartFrom: { name: 'Manual Trigger' },
				},
			);
			assert.equal(res.status, 200, res.text);
			const executionId = res.body.data.executionId;
			assert.ok(executionId, `no executionId: ${res.text}`);
			const execution = await waitForExecution(ctx, executionId);
			assert.equal(
				execution.status,
				'success',
				JSON.stringify(execution.data.resultData.error || execution.status),
			);
			assert.equal(execution.mode, 'manual');
			const sends = sandbox.standIn.requestsTo('POST', '/sms/send').slice(before);
			assert.equal(sends.length, 1, `one request, got ${sends.length}`);
			assert.deepEqual(
				sends[0].body.messages.map((m) => [m.to, m.body]),
				RECIPIENTS.map((r) => [r.to, r.text]),
			);
			const items = nodeItems(execution, 'Send SMS');
			assert.equal(items.length, 3);
			assert.ok(
				items.every((item) => item.json.status === 'SUCCESS'),
				JSON.stringify(items.map((item) => item.json.status)),
			);
			assert.deepEqual(
				origins.to('POST', '/sms/send', mark).map((call) => call.role),
				['worker'],
				'the socket that carried /sms/send belongs to the worker',
			);
			await assertRanOnWorker(ctx, executionId, 'main');
		},
	);

	scenario(
		'ClickSend Trigger activation (main) registers exactly ONE rule, pointing at webhook process 1',
		async () => {
			const mark = origins.mark;
			await runtime.activateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
			// Give every process time to do anything it would (a second registration would show here).
			await sleep(2000);
			const rules = sandbox.rulesAt(RULE_PATH);
			assert.equal(rules.length, 1, `one rule, got ${JSON.stringify(rules)}`);
			const creates = origins.to('POST', RULE_PATH, mark);
			assert.deepEqual(
				creates.map((call) => call.role),
				['main'],
				`rule created once, by main: ${JSON.stringify(creates)}`,
			);
			const [rule] = rules;
			assert.ok(
				String(rule.action_address).startsWith(`${ctx.webhook1.baseUrl}/webhook/`),
				`action_address ${rule.action_address} is webhook process 1 (WEBHOOK_URL)`,
			);
			assert.match(rule.action_address, /\/webhook\/[^/]+\/webhook\?token=[A-Za-z0-9]{32}$/);
			assert.equal(rule.action, 'URL');
			ctx.rule = rule;
		},
	);

	scenario(
		'a sandbox delivery (ClickSend test endpoint → rule → webhook process 1) runs ONCE, on the worker; its reply SMS is sent by the worker',
		async () => {
			assert.ok(ctx.rule, 'activation scenario passed');
			const mark = origins.mark;
			const before = (await executionsOf(IDS.trigger)).length;
			const answer = await sandboxApi(ctx, 'POST', '/sms/inbound', {
				url: 'rules',
				from: '+61422222222',
				body: 'Is my order ready?',
			});
			assert.deepEqual(
				answer.data._sandbox_deliveries.map((d) => d.status),
				[200],
				JSON.stringify(answer.data._sandbox_deliveries),
			);
			const [execution] = await waitForExecutions(ctx.baseUrl, ctx.cookie, IDS.trigger, before + 1);
			await sleep(2000);
			const after = await executionsOf(IDS.trigger);
			assert.equal(
				after.length,
				before + 1,
				`exactly one run: ${JSON.stringify(after.map((e) => [e.id, e.mode, e.status]))}`,
			);
			assert.equal(execution.status, 'success', JSON.stringify(execution));
			assert.equal(execution.mode, 'webhook');
			const full = await runtime.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
			const [event] = nodeItems(full, 'ClickSend Trigger');
			assert.equal(event.json.body, 'Is my order ready?');
			assert.equal(event.json.message_id, answer.data.message_id);
			const replies = origins.to('POST', '/sms/send', mark);
			assert.deepEqual(
				replies.map((call) => call.role),
				['worker'],
				`one reply SMS, sent by the worker: ${JSON.stringify(replies)}`,
			);
			await assertRanOnWorker(ctx, execution.id, 'webhook-1');
			const event1 = { ...answer.data };
			delete event1._sandbox_deliveries;
			ctx.event1 = event1;
			ctx.acks.push({ what: 'webhook-1, started a run', ...lastDelivery(sandbox) });
		},
	);

	scenario(
		'a redelivery of that event to the SAME webhook process starts no second run',
		async () => {
			assert.ok(ctx.event1, 'delivery scenario passed');
			// Measured first, not asserted (the README documents it): the same event redelivered to the
			// OTHER webhook process, which never saw it. Before the same-process redelivery, because a
			// delivery that starts no run makes n8n save the trigger's static data.
			const other = onProcess(ctx.rule.action_address, ctx.webhook2);
			let before = (await executionsOf(IDS.trigger)).length;
			const toOther = await sandbox.deliver(other, 'json', ctx.event1);
			await sleep(3000);
			const extra = (await executionsOf(IDS.trigger)).length - before;
			ctx.info.push(
				`the same event redelivered to the OTHER webhook process answered ${toOther.status} and started ${extra} run(s)` +
					(extra
						? ': duplicate memory is per webhook process (Remove Duplicates on eventId covers several)'
						: ''),
			);
			if (extra) await waitForExecutions(ctx.baseUrl, ctx.cookie, IDS.trigger, before + extra);
			ctx.acks.push({
				what: `webhook-2, redelivery (${extra} run)`,
				status: toOther.status,
				text: toOther.responseText,
			});

			before = (await executionsOf(IDS.trigger)).length;
			const delivery = await sandbox.deliver(String(ctx.rule.action_address), 'json', ctx.event1);
			assert.equal(delivery.status, 200, delivery.responseText);
			ctx.acks.push({
				what: 'webhook-1, duplicate (no run)',
				status: delivery.status,
				text: delivery.responseText,
			});
			await sleep(3000);
			const after = await executionsOf(IDS.trigger);
			assert.equal(
				after.length,
				before,
				`no new run: ${JSON.stringify(after.slice(0, 3).map((e) => [e.id, e.mode]))}`,
			);
		},
	);

	scenario(
		'the secret registered by main is honoured by webhook process 2: a new event delivered there runs ONCE, on the worker',
		async () => {
			assert.ok(ctx.rule, 'activation scenario passed');
			const other = onProcess(ctx.rule.action_address, ctx.webhook2);
			const before = (await executionsOf(IDS.trigger)).length;
			const answer = await sandboxApi(ctx, 'POST', '/sms/inbound', {
				url: other,
				webhook_type: 'json',
				from: '+61433333333',
				body: 'Second process?',
			});
			assert.deepEqual(
				answer.data._sandbox_deliveries.map((d) => d.status),
				[200],
				JSON.stringify(answer.data._sandbox_deliveries),
			);
			const [execution] = await waitForExecutions(ctx.baseUrl, ctx.cookie, IDS.trigger, before + 1);
			await sleep(2000);
			const after = await executionsOf(IDS.trigger);
			assert.equal(after.length, before + 1, 'exactly one run');
			assert.equal(execution.status, 'success');
			const full = await runtime.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
			assert.equal(nodeItems(full, 'ClickSend Trigger')[0].json.body, 'Second process?');
			await assertRanOnWorker(ctx, execution.id, 'webhook-2');
			ctx.acks.push({ what: 'webhook-2, started a run', ...lastDelivery(sandbox) });
		},
	);

	scenario(
		'every accepted delivery, on either webhook process, run or duplicate, is answered with the same small JSON acknowledgement',
		async () => {
			assert.ok(ctx.acks.length >= 3, `deliveries recorded: ${JSON.stringify(ctx.acks)}`);
			for (const ack of ctx.acks) {
				assert.equal(ack.status, 200, JSON.stringify(ack));
				assert.ok(ack.text.length > 0 && ack.text.length <= 100, `small: ${JSON.stringify(ack)}`);
				const parsed = JSON.parse(ack.text);
				assert.ok(
					parsed && typeof parsed === 'object' && !Array.isArray(parsed),
					`a JSON object: ${ack.text}`,
				);
				assert.ok(
					!/order ready|Second process/.test(ack.text),
					`the event is not echoed: ${ack.text}`,
				);
			}
			assert.deepEqual(
				[...new Set(ctx.acks.map((ack) => ack.text))].length,
				1,
				`one acknowledgement for all: ${JSON.stringify(ctx.acks)}`,
			);
			ctx.info.push(
				`acknowledgement: ${ctx.acks[0].text} (${ctx.acks.map((ack) => ack.what).join('; ')})`,
			);
		},
	);

	scenario(
		'a wrong or missing token gets 401 on BOTH webhook processes (POST and GET) and starts no run',
		async () => {
			assert.ok(ctx.rule, 'activation scenario passed');
			const before = (await executionsOf(IDS.trigger)).length;
			const enqueuedBefore = countLogLines(ctx, 'Enqueued execution');
			const bare = String(ctx.rule.action_address).replace(/\?token=.*$/, '');
			const token = /token=([^&]+)/.exec(ctx.rule.action_address)[1];
			const wrong = [
				`${bare}?token=${'x'.repeat(32)}`,
				bare,
				`${bare}?token=${token.slice(0, 16)}`,
				`${bare}?token=${token}x`,
			];
			for (const proc of [ctx.webhook1, ctx.webhook2]) {
				for (const url of wrong.map((candidate) => onProcess(candidate, proc))) {
					const forged = await post(url, {
						from: '+61433333333',
						body: 'forged',
						message_id: `FORGED-${crypto.randomUUID()}`,
					});
					assert.equal(
						forged.status,
						401,
						`${proc.role} POST ${url.replace(/token=.*/, 'token=…')} → ${forged.status} ${forged.text.slice(0, 200)}`,
					);
					const asGet = await runtime.fetchRetry(
						`${url}${url.includes('?') ? '&' : '?'}from=%2B61433333333&body=forged&message_id=FORGED-GET`,
					);
					await asGet.text();
					assert.equal(asGet.status, 401, `${proc.role} GET → ${asGet.status}`);
				}
			}
			await sleep(3000);
			const after = await executionsOf(IDS.trigger);
			assert.equal(
				after.length,
				before,
				`no run: ${JSON.stringify(after.slice(0, 3).map((e) => [e.id, e.mode]))}`,
			);
			assert.deepEqual(
				countLogLines(ctx, 'Enqueued execution'),
				enqueuedBefore,
				'nothing was queued',
			);
		},
	);

	scenario(
		'deactivation (main) deletes the rule; deliveries to either webhook process then get 404 and start no run',
		async () => {
			assert.ok(ctx.rule, 'activation scenario passed');
			const mark = origins.mark;
			await runtime.deactivateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
			assert.equal(sandbox.rulesAt(RULE_PATH).length, 0, 'rule deleted at the sandbox');
			const deletes = origins.to('DELETE', new RegExp(`^${RULE_PATH}/`), mark);
			assert.ok(deletes.length >= 1, 'a DELETE reached the sandbox');
			assert.deepEqual(
				[...new Set(deletes.map((call) => call.role))],
				['main'],
				`deleted by main: ${JSON.stringify(deletes)}`,
			);
			const before = (await executionsOf(IDS.trigger)).length;
			for (const proc of [ctx.webhook1, ctx.webhook2]) {
				const late = await post(onProcess(ctx.rule.action_address, proc), {
					...ctx.event1,
					message_id: `LATE-${crypto.randomUUID()}`,
				});
				assert.equal(late.status, 404, `${proc.role} → ${late.status} ${late.text.slice(0, 200)}`);
			}
			await sleep(2000);
			assert.equal((await executionsOf(IDS.trigger)).length, before, 'no run after deactivation');
		},
	);

	scenario(
		'ClickSend Polling Trigger: polls run on main only; each inbound SMS is emitted exactly once across polls; the runs execute on the worker',
		async () => {
			const mark = origins.mark;
			const t0 = Date.now();
			await runtime.activateWorkflow(ctx.baseUrl, ctx.cookie, POLL_ID);
			log(`polling workflow active in ${secs(t0)} (n8n polled once on activation)`);
			const pollRules = sandbox
				.rulesAt(RULE_PATH)
				.filter((rule) => String(rule.action).toUpperCase() === 'POLL');
			assert.equal(
				pollRules.length,
				1,
				`one POLL rule kept the events: ${JSON.stringify(sandbox.rulesAt(RULE_PATH))}`,
			);

			const stamp = Date.now().toString(36);
			const first = [`poll A ${stamp}`, `poll B ${stamp}`];
			// The sandbox lives in this process and makes no I/O here (no URL rule is left), so A and B
			// arrive together: no poll can be answered between them.
			await Promise.all(
				first.map((body) => sandbox.deliverInboundSms({ from: '+61411111111', body })),
			);
			const firstAt = Date.now();
			log(
				'A and B are in the sandbox inbox; waiting for the next scheduled poll (n8n polls at most once a minute)',
			);

			const emitted = new Map();
			const runs = [];
			const collect = async (wanted, timeoutMs) => {
				const deadline = Date.now() + timeoutMs;
				for (;;) {
					const executions = await executionsOf(POLL_ID);
					for (const execution of executions.slice().reverse()) {
						if (
							runs.some((known) => known.id === execution.id) ||
							['running', 'new', 'waiting'].includes(execution.status)
						)
							continue;
						const full = await runtime.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
						const items = nodeItems(full, 'ClickSend Polling Trigger');
						runs.push({
							id: execution.id,
							mode: execution.mode,
							status: execution.status,
							at: Date.now(),
							bodies: items.map((item) => item.json.body),
						});
						for (const item of items)
							emitted.set(item.json.body, (emitted.get(item.json.body) || 0) + 1);
					}
					if (wanted.every((body) => emitted.has(body))) return;
					if (Date.now() > deadline) {
						throw new Error(
							`not emitted within ${timeoutMs / 1000}s: ${wanted.filter((body) => !emitted.has(body)).join(', ')}; runs ${JSON.stringify(runs)}`,
						);
					}
					await sleep(1000);
				}
			};

			// n8n polls every minute at most (a cron second is picked at random on activation).
			await collect(first, 90000);
			ctx.info.push(
				`first scheduled poll emitted ${secs(firstAt)} after the SMS arrived (n8n 2.41.1 polls at most once a minute, at a random second)`,
			);
			const second = [`poll C ${stamp}`];
			await sandbox.deliverInboundSms({ from: '+61422222222', body: second[0] });
			log(
				`A and B emitted (${runs.length} run); C is in the inbox; waiting for the poll after that`,
			);
			const pollsBeforeSecond = origins.to('GET', '/sms/inbound', mark).length;
			await collect(second, 90000);
			// One more look: nothing else arrives with the poll that emitted C.
			await sleep(2000);
			await collect(second, 1);

			const polls = origins.to('GET', '/sms/inbound', mark);
			assert.ok(polls.length >= 3, `activation poll + two scheduled polls, got ${polls.length}`);
			assert.deepEqual(
				[...new Set(polls.map((call) => call.role))],
				['main'],
				`every poll came from main: ${JSON.stringify(polls.map((call) => call.role))}`,
			);
			assert.ok(polls.length > pollsBeforeSecond, 'C was emitted by a later poll');
			const stillUnread = sandbox.inbox.filter(
				(sms) => first.includes(String(sms.body)) && !sms._read,
			);
			assert.equal(
				stillUnread.length,
				2,
				'A and B stayed unread, so every later poll listed them again',
			);
			for (const body of [...first, ...second])
				assert.equal(emitted.get(body), 1, `${body} emitted ${emitted.get(body)} times`);
			assert.equal(
				[...emitted.keys()].length,
				3,
				`nothing else emitted: ${JSON.stringify([...emitted])}`,
			);
			for (const runInfo of runs) {
				assert.equal(runInfo.status, 'success');
				assert.equal(runInfo.mode, 'trigger');
				await assertRanOnWorker(ctx, runInfo.id, 'main');
			}
			const scheduled = polls.slice(1).map((call) => call.at);
			if (scheduled.length >= 2)
				ctx.info.push(
					`scheduled polls ${((scheduled[1] - scheduled[0]) / 1000).toFixed(1)}s apart; ${runs.length} runs: ${runs.map((r) => `[${r.bodies.join(', ')}]`).join(' ')}`,
				);
			await runtime.deactivateWorkflow(ctx.baseUrl, ctx.cookie, POLL_ID);
		},
	);

	scenario("every request n8n made broke no rule of ClickSend's OpenAPI spec", async () => {
		sandbox.standIn.expectNoContractViolations();
		const unknown = origins.entries.filter((entry) => entry.role === 'unknown');
		assert.deepEqual(unknown, [], 'every request to the sandbox was traced to a process');
	});
	return list;
}

// ---------------------------------------------------------------------------------------------

function pollingWorkflow(credentialRef) {
	return {
		id: POLL_ID,
		name: 'E2E queue: Inbound SMS (polling)',
		active: false,
		nodes: [
			{
				id: '00000000-0000-4000-8000-00000000a001',
				name: 'ClickSend Polling Trigger',
				type: 'CUSTOM.clickSendPollingTrigger',
				typeVersion: 1,
				position: [0, 300],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					event: 'inboundSms',
					dedicatedNumber: '*',
					messageSearchType: 0,
					options: {},
				},
				credentials: credentialRef,
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

function rssMb(pid) {
	return Math.round(services.treeRssKb(pid) / 1024);
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-e2e-queue-'));
	state.tmp = tmp;
	// Postgres runs as the `postgres` user when we are root: it must be able to reach its data dir.
	fs.chmodSync(tmp, 0o711);
	// Covers a SIGKILLed suite: ends the process groups we started and deletes `tmp`.
	state.reaper = services.startReaper(tmp, { keepDir: Boolean(process.env.CLICKSEND_E2E_KEEP) });
	const ctx = { info: [], procs: [], acks: [] };

	ctx.ext = packAndInstall(tmp, log).ext;
	let t0 = Date.now();
	runtime.ensureRuntime();
	log(`runtime ready in ${secs(t0)}`);

	t0 = Date.now();
	const installed = services.ensurePackages(log);
	if (installed.length) log(`installed ${installed.join(', ')} in ${secs(t0)}`);
	[state.redis, state.postgres] = await Promise.all([
		services.startRedis({ dir: path.join(tmp, 'redis'), onSpawn: (pid) => state.reaper.add(pid) }),
		services.startPostgres({
			dir: path.join(tmp, 'postgres'),
			onSpawn: (pid) => state.reaper.add(pid),
		}),
	]);
	log(
		`Redis on 127.0.0.1:${state.redis.port} (${state.redis.startMs} ms), ${state.postgres.version} on 127.0.0.1:${state.postgres.port} (${state.postgres.startMs} ms)`,
	);

	t0 = Date.now();
	const sandbox = await ClickSendSandbox.start({
		credentials: GOOD,
		log: (line) => VERBOSE && log(`sandbox: ${line}`),
	});
	state.sandbox = sandbox;
	ctx.sandbox = sandbox;
	// The stand-in's http.Server (a private field in TypeScript, a plain property at run time).
	const server = sandbox.standIn.server;
	assert.ok(
		server && typeof server.on === 'function',
		'ClickSendStandIn keeps its http.Server in `server`',
	);
	ctx.origins = new RequestOrigins(server, Number(new URL(sandbox.baseUrl).port));
	log(`sandbox on ${sandbox.baseUrl} in ${secs(t0)}`);

	const [webhook1Port, webhook2Port, mainPort, workerPort] = await Promise.all(
		[1, 2, 3, 4].map(() => runtime.freePort()),
	);
	const queueEnv = {
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(state.redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(state.postgres.port),
		DB_POSTGRESDB_DATABASE: state.postgres.database,
		DB_POSTGRESDB_USER: state.postgres.user,
		DB_POSTGRESDB_PASSWORD: state.postgres.password,
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		// Production webhook URLs (the rule's action_address) point at webhook process 1.
		WEBHOOK_URL: `http://127.0.0.1:${webhook1Port}/`,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
		N8N_LOG_LEVEL: VERBOSE ? 'debug' : 'info',
		N8N_LOG_OUTPUT: 'console',
	};

	t0 = Date.now();
	const cliFolder = path.join(tmp, 'cli');
	const credFile = path.join(tmp, 'credentials.json');
	const creds = credentials(sandbox.baseUrl, GOOD, BAD);
	fs.writeFileSync(credFile, JSON.stringify(creds, null, 2));
	const credentialRef = { [creds[0].type]: { id: creds[0].id, name: creds[0].name } };
	const wfFile = path.join(tmp, 'workflows.json');
	const wanted = workflows({ listId: sandbox.defaultListId }).filter(
		(wf) => wf.id === IDS.smsSend || wf.id === IDS.trigger,
	);
	assert.equal(wanted.length, 2, 'test/e2e/workflows.js still has the SMS and trigger workflows');
	fs.writeFileSync(wfFile, JSON.stringify([...wanted, pollingWorkflow(credentialRef)], null, 2));
	for (const args of [
		['import:credentials', `--input=${credFile}`],
		['import:workflow', `--input=${wfFile}`],
	]) {
		const res = await n8nCliAsync(args, {
			userFolder: cliFolder,
			customExtensionsDir: ctx.ext,
			env: queueEnv,
		});
		if (res.status !== 0)
			throw new Error(
				`n8n ${args[0]} failed (${res.status}):\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`,
			);
	}
	log(
		`credentials and workflows imported into Postgres in ${secs(t0)} (the first import ran n8n's migrations)`,
	);

	const peak = {};
	const start = async (role, command, port, args = []) => {
		const proc = await runtime.startN8n({
			command,
			args,
			port,
			userFolder: path.join(tmp, role),
			customExtensionsDir: ctx.ext,
			env:
				role === 'main' ? { ...queueEnv, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' } : queueEnv,
			timeoutMs: 180000,
			onSpawn: (child) => state.reaper.add(child.pid),
		});
		proc.role = role;
		state.n8n.push(proc);
		ctx.procs.push(proc);
		ctx.origins.addProcess(proc.process.pid, role);
		const rss = rssMb(proc.process.pid);
		peak[role] = Math.max(peak[role] || 0, rss);
		log(
			`${role} (n8n ${command}) ready on 127.0.0.1:${proc.port} in ${(proc.startMs / 1000).toFixed(1)}s, RSS ${rss} MB`,
		);
		return proc;
	};
	// Main first: it owns the schema, the owner account and the leader role.
	t0 = Date.now();
	const mainProc = await start('main', 'start', mainPort);
	ctx.baseUrl = mainProc.baseUrl;
	ctx.cookie = await runtime.login(ctx.baseUrl);
	[ctx.worker, ctx.webhook1, ctx.webhook2] = await Promise.all([
		start('worker', 'worker', workerPort, ['--concurrency=5']),
		start('webhook-1', 'webhook', webhook1Port),
		start('webhook-2', 'webhook', webhook2Port),
	]);
	log(`all four n8n processes ready in ${secs(t0)}`);

	const sample = () => {
		for (const proc of ctx.procs)
			peak[proc.role] = Math.max(peak[proc.role] || 0, rssMb(proc.process.pid));
		peak.redis = Math.max(peak.redis || 0, rssMb(state.redis.pid));
		peak.postgres = Math.max(peak.postgres || 0, rssMb(state.postgres.pid));
	};
	sample();

	let passed = 0;
	let failed = 0;
	for (const { name, fn } of scenarios(ctx)) {
		if (state.interrupted) break;
		const s0 = Date.now();
		try {
			await fn();
			passed++;
			console.log(`PASS ${name} (${secs(s0)})`);
		} catch (error) {
			// Stopped under it by Ctrl-C: not a result.
			if (state.interrupted) break;
			failed++;
			console.log(`FAIL ${name} (${secs(s0)}): ${error && error.stack ? error.stack : error}`);
		}
		sample();
		for (const line of ctx.info.splice(0)) console.log(`INFO ${line}`);
	}
	if (state.interrupted) return failed;
	console.log(
		`INFO peak RSS (MB, process and its children: task runner, Postgres backends): ${Object.entries(
			peak,
		)
			.map(([role, mb]) => `${role} ${mb}`)
			.join(', ')}`,
	);
	if (failed) {
		for (const proc of ctx.procs)
			console.log(
				`--- ${proc.role} log tail (${proc.logFile}) ---\n${readLog(proc).split('\n').slice(-25).join('\n')}`,
			);
	}
	log(`total ${secs(started)}`);
	console.log(`${passed} passed, ${failed} failed`);
	return failed;
}

main()
	.then(async (failed) => {
		// Interrupted: the signal handler cleans up and exits 130.
		if (state.interrupted) return;
		await cleanup();
		process.exit(failed ? 1 : 0);
	})
	.catch(async (error) => {
		if (state.interrupted) return;
		console.log(`FAIL setup: ${error && error.stack ? error.stack : error}`);
		console.log('0 passed, 1 failed');
		await cleanup();
		process.exit(1);
	});
