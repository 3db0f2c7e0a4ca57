'use strict';
/**
 * Reading a queue-mode run (scripts/e2e-queue.js): which n8n process enqueued and which finished an
 * execution, from each process' own log (main for manual and polling runs, the webhook process that
 * took the delivery for webhook runs; the worker logs `Worker started/finished execution <id>` —
 * n8n 2.41.1, scaling/job-processor.js), plus small HTTP helpers for deliveries.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');

const rest = require('../../scripts/lib/n8n-rest');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
		execution = await rest.getExecution(ctx.baseUrl, ctx.cookie, executionId);
		if (!['running', 'new', 'waiting'].includes(execution.status)) return execution;
		await sleep(300);
	}
	throw new Error(
		`execution ${executionId} not finished after ${timeoutMs} ms (status ${execution && execution.status})`,
	);
}

async function post(url, body, headers = { 'content-type': 'application/json' }) {
	const res = await rest.fetchRetry(url, {
		method: 'POST',
		headers,
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	return { status: res.status, text: await res.text() };
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

module.exports = {
	readLog,
	whereRan,
	assertRanOnWorker,
	countLogLines,
	waitForExecution,
	post,
	lastDelivery,
	onProcess,
};
