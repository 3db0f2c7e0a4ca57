'use strict';
/**
 * What the Send and Wait e2e scenarios share (test/e2e/send-and-wait.js, send-and-wait-queue.js):
 * the workflows (Start → Ask → After), saving and running them through the REST API like the
 * editor, waiting for an execution's status, and reading the rules and SMS at the sandbox.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const rest = require('../../scripts/lib/n8n-rest');
const { nodeType } = require('../../scripts/lib/pack');
const { nodeItems } = require('./runs');
const { IDS } = require('./workflows');

/** The good ClickSend credential the suites import (test/e2e/workflows.js). */
const CREDENTIAL = { id: IDS.goodCredential, name: 'ClickSend sandbox (e2e)' };
const INBOUND = '/automations/sms/inbound';
const RECEIPTS = '/automations/sms/receipts';
const TO = '+61411111111';
/** The sandbox replies YES / NO to a Send and Wait SMS to these numbers (test/harness/sandbox.ts). */
const ANSWERS_YES = '+61422222222';
const ANSWERS_NO = '+61433333333';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let counter = 0;

/**
 * Start → Ask (ClickSend, SMS → Send and Wait for Response) → After (No Operation). Start is a
 * Manual Trigger, or with `webhookPath` a Webhook (GET) for a production execution.
 */
function waitWorkflow(name, parameters, webhookPath) {
	counter += 1;
	const id = (n) => `5a1e0000-0000-4000-8000-${String(counter * 10 + n).padStart(12, '0')}`;
	const start = webhookPath
		? {
				id: id(1),
				name: 'Start',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				parameters: { path: webhookPath, httpMethod: 'GET', options: {} },
				webhookId: id(4),
			}
		: {
				id: id(1),
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			};
	return {
		name: `E2E send and wait ${counter}: ${name}`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Ask', type: 'main', index: 0 }]] },
			Ask: { main: [[{ node: 'After', type: 'main', index: 0 }]] },
		},
		nodes: [
			start,
			{
				id: id(2),
				name: 'Ask',
				type: nodeType('clickSend'),
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'sms',
					operation: 'sendAndWait',
					to: TO,
					message: 'Your table for two is ready at 19:00. Reply YES to keep it or NO to cancel.',
					...parameters,
				},
				credentials: { clickSendRestApi: CREDENTIAL },
			},
			{
				id: id(3),
				name: 'After',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [440, 0],
				parameters: {},
			},
		],
	};
}

/** examples/sms-send-and-wait.json with the suite's credential (the package's node types as installed). */
function exampleWorkflow() {
	const text = fs
		.readFileSync(path.join(__dirname, '..', '..', 'examples', 'sms-send-and-wait.json'), 'utf8')
		.replace(/"n8n-nodes-clicksend-suite\.(\w+)"/g, (_match, name) =>
			JSON.stringify(nodeType(name)),
		);
	const workflow = JSON.parse(text);
	delete workflow.id;
	assert.equal(
		workflow.nodes[1].parameters.to,
		ANSWERS_YES,
		'the example asks the sandbox number that answers YES',
	);
	workflow.nodes[1].credentials.clickSendRestApi = CREDENTIAL;
	return workflow;
}

/** Saves a workflow as the editor does; returns its id. */
async function createWorkflow(ctx, workflow) {
	const res = await rest.restRequest(ctx.baseUrl, ctx.cookie, 'POST', '/rest/workflows', workflow);
	assert.equal(res.status, 200, res.text.slice(0, 500));
	return res.body.data.id;
}

/** Runs the workflow like the editor's Execute Workflow button; returns the execution id. */
async function run(ctx, workflowId, trigger = 'Start') {
	const res = await rest.restRequest(
		ctx.baseUrl,
		ctx.cookie,
		'POST',
		`/rest/workflows/${workflowId}/run`,
		{ triggerToStartFrom: { name: trigger } },
	);
	assert.equal(res.status, 200, res.text.slice(0, 500));
	assert.ok(res.body.data.executionId, res.text);
	return res.body.data.executionId;
}

/** Polls the execution until `done(execution)`; returns it. */
async function until(ctx, executionId, done, what, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	let execution;
	while (Date.now() < deadline) {
		execution = await rest
			.getExecution(ctx.baseUrl, ctx.cookie, executionId)
			.catch(() => undefined);
		if (execution && done(execution)) return execution;
		await sleep(300);
	}
	throw new Error(
		`execution ${executionId}: not ${what} after ${timeoutMs} ms (status ${execution && execution.status}; error ${JSON.stringify(execution && execution.data && execution.data.resultData && execution.data.resultData.error)})`,
	);
}

const waiting = (ctx, id) => until(ctx, id, (e) => e.status === 'waiting', 'waiting');
const finished = (ctx, id, timeoutMs) =>
	until(ctx, id, (e) => !['new', 'running', 'waiting'].includes(e.status), 'finished', timeoutMs);

/** The rule of a waiting execution (its action_address is the execution's resume URL). */
function ruleOf(ctx, executionId, path = INBOUND) {
	const rules = ctx.sandbox
		.rulesAt(path)
		.filter((rule) => String(rule.action_address).includes(`/webhook-waiting/${executionId}/`));
	assert.equal(
		rules.length,
		1,
		`one rule for execution ${executionId}: ${JSON.stringify(ctx.sandbox.rulesAt(path))}`,
	);
	return rules[0];
}

/** The SMS a waiting execution sent (found by its token in the rule's URL). */
function smsOf(ctx, rule) {
	const token = new URL(rule.action_address).searchParams.get('wait');
	const sent = ctx.sandbox.sentSms.filter((sms) => sms.custom_string === `n8n-wait:${token}`);
	assert.equal(sent.length, 1, `one SMS carries the wait's token ${token}`);
	return sent[0];
}

function waitRules(ctx) {
	return [...ctx.sandbox.rulesAt(INBOUND), ...ctx.sandbox.rulesAt(RECEIPTS)].filter((rule) =>
		String(rule.rule_name).startsWith('n8n wait until '),
	);
}

/**
 * Starts a wait and checks it waits: one rule pointing at the execution's signed resume URL, one
 * SMS. `production`: the workflow is activated and started through its Webhook (every n8n line);
 * otherwise it is run like the editor's Execute Workflow button.
 */
async function startWait(ctx, name, parameters, { rulePath = INBOUND, production = false } = {}) {
	// Production webhooks and resume URLs are on WEBHOOK_URL: webhook process 1 in queue mode.
	const webhookBase = ctx.webhook1 ? ctx.webhook1.baseUrl : ctx.baseUrl;
	const webhookPath = production ? `e2e-send-and-wait-${counter + 1}` : undefined;
	const workflowId = await createWorkflow(ctx, waitWorkflow(name, parameters, webhookPath));
	let executionId;
	if (production) {
		await rest.activateWorkflow(ctx.baseUrl, ctx.cookie, workflowId);
		const started = await rest.fetchRetry(`${webhookBase}/webhook/${webhookPath}`);
		assert.equal(started.status, 200, await started.text());
		const deadline = Date.now() + 30000;
		while (!executionId && Date.now() < deadline) {
			const [latest] = await rest.listExecutions(ctx.baseUrl, ctx.cookie, { workflowId });
			executionId = latest && latest.id;
			if (!executionId) await sleep(300);
		}
		assert.ok(executionId, 'the webhook started an execution');
	} else {
		executionId = await run(ctx, workflowId);
	}
	const execution = await waiting(ctx, executionId);
	assert.ok(
		execution.waitTill,
		`a waiting execution has waitTill: ${JSON.stringify(execution.waitTill)}`,
	);
	const rule = ruleOf(ctx, executionId, rulePath);
	assert.ok(
		String(rule.action_address).startsWith(`${webhookBase}/webhook-waiting/${executionId}/`),
		`the rule calls n8n's resume URL: ${rule.action_address}`,
	);
	assert.match(rule.action_address, /[?&]signature=[0-9a-f]{64}/);
	return { workflowId, executionId, rule, sms: smsOf(ctx, rule) };
}

const afterItem = (execution) => nodeItems(execution, 'After')[0].json;

module.exports = {
	CREDENTIAL,
	INBOUND,
	RECEIPTS,
	TO,
	ANSWERS_YES,
	ANSWERS_NO,
	sleep,
	exampleWorkflow,
	createWorkflow,
	run,
	finished,
	waitRules,
	startWait,
	afterItem,
};
