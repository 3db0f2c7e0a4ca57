'use strict';
/** Reading n8n's runs in the e2e suites: wait for finished executions, take a node's items. */
const assert = require('node:assert/strict');

const { executeWorkflow } = require('../../scripts/lib/n8n-cli');
const rest = require('../../scripts/lib/n8n-rest');
const { GOOD } = require('./workflows');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Executions of a workflow (newest first) once at least `count` exist and the newest `count` finished. */
async function waitForExecutions(baseUrl, cookie, workflowId, count, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	let last = [];
	while (Date.now() < deadline) {
		last = await rest.listExecutions(baseUrl, cookie, { workflowId, limit: 50 });
		if (
			last.length >= count &&
			last.slice(0, count).every((e) => !['running', 'new', 'waiting'].includes(e.status))
		)
			return last;
		await sleep(300);
	}
	throw new Error(
		`expected ${count} finished execution(s) of ${workflowId}, have ${JSON.stringify(last.map((e) => [e.id, e.status]))}`,
	);
}

/** The first output's items of a node in a run (an execution's data), asserting it ran without error. */
function nodeItems(run, nodeName) {
	const runData = run.data.resultData.runData;
	assert.ok(runData[nodeName], `node "${nodeName}" ran (ran: ${Object.keys(runData).join(', ')})`);
	const task = runData[nodeName][0];
	assert.equal(task.error, undefined, `node "${nodeName}" error: ${JSON.stringify(task.error)}`);
	return task.data.main[0];
}

/**
 * The editor's credential Test button (POST /rest/credentials/test) for the good and the wrong
 * credential of test/e2e/workflows.js, against the sandbox. Asserts n8n answered; returns both results.
 */
async function testCredentials(baseUrl, cookie, sandboxBaseUrl, { ids, good, bad }) {
	const test = (id, name, data) =>
		rest.restRequest(baseUrl, cookie, 'POST', '/rest/credentials/test', {
			credentials: {
				id,
				name,
				type: 'clickSendRestApi',
				data: { ...data, baseUrl: sandboxBaseUrl },
			},
		});
	const results = {
		good: await test(ids.goodCredential, 'ClickSend sandbox (e2e)', good),
		bad: await test(ids.badCredential, 'ClickSend wrong key (e2e)', bad),
	};
	for (const result of Object.values(results)) assert.equal(result.status, 200, result.text);
	assert.equal(results.good.body.data.status, 'OK', results.good.text);
	assert.equal(results.bad.body.data.status, 'Error', results.bad.text);
	return { good: results.good.body.data, bad: results.bad.body.data };
}

/** Run a stored workflow with `n8n execute` and return the run, asserting it finished without error. */
async function cliRun(ctx, workflowId) {
	// Asynchronous: the sandbox lives in this process and must answer n8n while the CLI runs.
	const res = await executeWorkflow(workflowId, { userFolder: ctx.userFolder });
	assert.ok(
		res.run,
		`n8n execute printed no run (exit ${res.status} ${res.signal || ''}):\n${res.stdout.slice(-2000)}\n${res.stderr.slice(-2000)}`,
	);
	assert.equal(
		res.run.data.resultData.error,
		undefined,
		`run error: ${JSON.stringify(res.run.data.resultData.error)}`,
	);
	return res.run;
}

/** ClickSend's API on the sandbox, as a user (or ClickSend) would call it; returns ClickSend's answer. */
async function sandboxApi(ctx, method, apiPath, body) {
	const res = await rest.fetchRetry(`${ctx.sandbox.baseUrl}${apiPath}`, {
		method,
		headers: {
			authorization: `Basic ${Buffer.from(`${GOOD.username}:${GOOD.apiKey}`).toString('base64')}`,
			'content-type': 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await res.json();
}

module.exports = {
	cliRun,
	sandboxApi,
	waitForExecutions,
	nodeItems,
	testCredentials,
};
