'use strict';
/**
 * Proves a running `npm run dev` instance (sandbox mode) works the way the editor uses it:
 *   1. runs the "send an SMS" example through n8n's REST API, as the editor's "Execute workflow"
 *      button does (`POST /rest/workflows/:id/run` with `{ triggerToStartFrom: { name } }`),
 *      waits for the execution and checks it succeeded;
 *   2. checks the sandbox received that SMS (`GET /v3/sms/history` lists its message_id);
 *   3. fires an inbound SMS at the sandbox and checks the active auto-reply example answered it.
 * Usage: `npm run dev` in one terminal, then `node test/e2e/dev-check.js` in another.
 * CLICKSEND_DEV_PORT / CLICKSEND_SANDBOX_PORT as for dev.js.
 */
const assert = require('node:assert/strict');

const rest = require('../../scripts/lib/n8n-rest');
const { DEFAULT_OWNER } = require('../../scripts/lib/runtime');

const n8nUrl = `http://127.0.0.1:${process.env.CLICKSEND_DEV_PORT || 5678}`;
const sandboxUrl = `http://127.0.0.1:${process.env.CLICKSEND_SANDBOX_PORT || 4010}/v3`;
const auth = `Basic ${Buffer.from('sandbox:SANDBOX-API-KEY').toString('base64')}`;
const SEND_SMS_ID = 'exClickSendSms01';
const AUTO_REPLY_ID = 'exClickSendRply1';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sandbox(method, path, body) {
	const res = await fetch(`${sandboxUrl}${path}`, {
		method,
		headers: { authorization: auth, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await res.json();
}

async function finished(cookie, executionId) {
	for (let i = 0; i < 100; i++) {
		const execution = await rest.getExecution(n8nUrl, cookie, executionId);
		if (execution.finished || !['running', 'new', 'waiting'].includes(execution.status))
			return execution;
		await sleep(300);
	}
	throw new Error(`execution ${executionId} did not finish`);
}

async function main() {
	const cookie = await rest.login(n8nUrl, DEFAULT_OWNER.email, DEFAULT_OWNER.password);

	const run = await rest.restRequest(n8nUrl, cookie, 'POST', `/rest/workflows/${SEND_SMS_ID}/run`, {
		triggerToStartFrom: { name: 'Manual Trigger' },
	});
	assert.equal(run.status, 200, run.text);
	const { executionId } = run.body.data;
	assert.ok(executionId, `no executionId: ${run.text}`);
	const execution = await finished(cookie, executionId);
	assert.equal(
		execution.status,
		'success',
		JSON.stringify(execution.data.resultData.error || execution.status),
	);
	assert.equal(execution.mode, 'manual');
	const [sent] = execution.data.resultData.runData['Send SMS'][0].data.main[0];
	assert.equal(sent.json.status, 'SUCCESS');
	const history = await sandbox('GET', '/sms/history?limit=100');
	assert.ok(
		history.data.data.some(
			(sms) => sms.message_id === sent.json.message_id && sms.to === '+61411111111',
		),
		`sandbox history lacks ${sent.json.message_id}`,
	);
	console.log(
		`PASS "send an SMS" example run through POST /rest/workflows/${SEND_SMS_ID}/run: execution ${executionId} success, sandbox got message ${sent.json.message_id}`,
	);

	const text = `dev check ${Date.now()}`;
	const before = (await rest.listExecutions(n8nUrl, cookie, { workflowId: AUTO_REPLY_ID })).length;
	const inbound = await sandbox('POST', '/sms/inbound', {
		url: 'rules',
		from: '+61433333333',
		body: text,
	});
	assert.deepEqual(
		inbound.data._sandbox_deliveries.map((delivery) => delivery.status),
		[200],
		JSON.stringify(inbound),
	);
	let executions = [];
	for (let i = 0; i < 60 && executions.length <= before; i++) {
		await sleep(300);
		executions = await rest.listExecutions(n8nUrl, cookie, { workflowId: AUTO_REPLY_ID });
	}
	assert.ok(executions.length > before, 'no auto-reply execution');
	const reply = await finished(cookie, executions[0].id);
	assert.equal(reply.status, 'success');
	const replies = (await sandbox('GET', '/sms/history?limit=100')).data.data.filter(
		(sms) => sms.to === '+61433333333' && sms.body === `Thanks! We got your message: "${text}"`,
	);
	assert.equal(replies.length, 1, 'the sandbox got the auto-reply');
	console.log(
		`PASS inbound SMS fired at the sandbox → auto-reply execution ${executions[0].id} success → reply SMS at the sandbox`,
	);
}

main().catch((error) => {
	console.log(`FAIL ${error && error.stack ? error.stack : error}`);
	process.exit(1);
});
