'use strict';
/**
 * SMS → Send and Wait for Response in a real n8n, against the ClickSend sandbox: scenarios for the
 * single-process suite (`scenarios`, scripts/e2e.js) and the queue-mode suite (`queueScenarios`,
 * scripts/e2e-queue.js), as `{ name, compat, fn }`. `compat` ones run on every tested n8n line
 * (2.41.1, 2.0.3, 1.123.81); they use a production (webhook-triggered) execution. The others save
 * a workflow through the REST API and run it like the editor's Execute Workflow button
 * (`POST /rest/workflows/:id/run`, n8n 2.41). They need from the suite's context: baseUrl and
 * cookie (main), sandbox, and for the queue suite origins, procs and webhook1. An execution that
 * waits shows `status: waiting`; it resumes when the sandbox delivers an event to the rule the node
 * registered.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const rest = require('../../scripts/lib/n8n-rest');
const { nodeType } = require('../../scripts/lib/pack');
const { agentWorkflow } = require('./agent');
const { countLogLines } = require('./queue-runs');
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

function scenarios(ctx) {
	const list = [];
	const scenario = (name, fn, { compat = false } = {}) => list.push({ name, fn, compat });

	scenario(
		'Send and Wait (approval, production execution): waiting → another sender and a reply to another message resume nothing → the reply resumes the SAME execution → a duplicate delivery resumes nothing; the rule is gone',
		async () => {
			const { executionId, rule, sms } = await startWait(ctx, 'approval', {}, { production: true });
			const url = rule.action_address;
			const other = await ctx.sandbox.deliverInboundSms({ from: '+61499999999', body: 'YES' });
			const elsewhere = await ctx.sandbox.deliverInboundSms({
				from: TO,
				body: 'YES',
				original_message_id: 'ANOTHER-MESSAGE',
				custom_string: 'n8n-wait:SomebodyElse0001',
			});
			for (const { deliveries } of [other, elsewhere]) {
				const ours = deliveries.filter((delivery) => delivery.url === url);
				assert.deepEqual(
					ours.map((delivery) => delivery.status),
					[200],
					JSON.stringify(deliveries),
				);
			}
			await sleep(1000);
			assert.equal(
				(await rest.getExecution(ctx.baseUrl, ctx.cookie, executionId)).status,
				'waiting',
			);

			const reply = await ctx.sandbox.deliverInboundSms({ from: TO, body: ' Yes ' });
			assert.deepEqual(
				reply.deliveries
					.filter((delivery) => delivery.url === url)
					.map((delivery) => delivery.status),
				[200],
			);
			const execution = await finished(ctx, executionId);
			assert.equal(execution.status, 'success', JSON.stringify(execution.data.resultData.error));
			const output = afterItem(execution);
			assert.equal(output.timedOut, false);
			assert.equal(output.decision, 'approved');
			assert.equal(output.approved, true);
			assert.equal(output.reply, ' Yes ');
			assert.equal(output.from, TO);
			assert.equal(output.sentMessageId, sms.message_id);
			assert.equal(output.inbound.message_id, reply.sms.message_id);
			assert.equal(waitRules(ctx).length, 0, 'the resuming delivery deleted the rule');

			// ClickSend delivers the same reply again: n8n answers for the finished execution, nothing runs.
			const again = await ctx.sandbox.deliver(url, 'json', reply.sms);
			assert.equal(again.status, 200, again.responseText.slice(0, 200));
			await sleep(1000);
			const after = await rest.getExecution(ctx.baseUrl, ctx.cookie, executionId);
			assert.equal(after.status, 'success');
			assert.equal(nodeItems(after, 'After').length, 1);
			assert.equal(nodeItems(after, 'After')[0].json.inbound.message_id, reply.sms.message_id);
		},
		{ compat: true },
	);

	scenario(
		'Send and Wait: two executions wait on the same number; each gets its own answer',
		async () => {
			const first = await startWait(ctx, 'first of two', {});
			const second = await startWait(ctx, 'second of two', {});
			// Replies as ClickSend links them: each to the SMS it answers (its id and custom string).
			const replyTo = (wait, body) =>
				ctx.sandbox.deliverInboundSms({
					from: TO,
					body,
					original_message_id: wait.sms.message_id,
					original_body: wait.sms.body,
					custom_string: wait.sms.custom_string,
				});
			await replyTo(second, 'no');
			const secondDone = await finished(ctx, second.executionId);
			assert.equal(
				(await rest.getExecution(ctx.baseUrl, ctx.cookie, first.executionId)).status,
				'waiting',
			);
			await replyTo(first, 'YES');
			const firstDone = await finished(ctx, first.executionId);
			assert.equal(afterItem(firstDone).decision, 'approved');
			assert.equal(afterItem(firstDone).sentMessageId, first.sms.message_id);
			assert.equal(afterItem(secondDone).decision, 'declined');
			assert.equal(afterItem(secondDone).sentMessageId, second.sms.message_id);
			assert.equal(waitRules(ctx).length, 0);
		},
	);

	scenario(
		'Send and Wait (delivery receipt): a "queued" receipt and a receipt of another SMS resume nothing; the final receipt resumes with deliveryStatus "delivered"',
		async () => {
			const { executionId, rule, sms } = await startWait(
				ctx,
				'delivery',
				{ responseType: 'delivery' },
				{ rulePath: RECEIPTS },
			);
			await ctx.sandbox.deliverSmsReceipt({ message_id: sms.message_id, status_code: 200 });
			await ctx.sandbox.deliverSmsReceipt({
				message_id: 'ANOTHER-MESSAGE',
				status_code: 201,
				custom_string: 'x',
			});
			await sleep(1000);
			assert.equal(
				(await rest.getExecution(ctx.baseUrl, ctx.cookie, executionId)).status,
				'waiting',
			);
			const final = await ctx.sandbox.deliverSmsReceipt({
				message_id: sms.message_id,
				status_code: 201,
			});
			assert.deepEqual(
				final.deliveries.filter((d) => d.url === rule.action_address).map((d) => d.status),
				[200],
			);
			const output = afterItem(await finished(ctx, executionId));
			assert.equal(output.timedOut, false);
			assert.equal(output.deliveryStatus, 'delivered');
			assert.equal(output.delivered, true);
			assert.equal(output.sentMessageId, sms.message_id);
			assert.equal(waitRules(ctx).length, 0);
		},
	);

	scenario(
		'Send and Wait: the time limit resumes the execution with timedOut: true; the next wait removes the expired rule, and the sandbox answers that one YES by itself; no wait rule is left',
		async () => {
			const t0 = Date.now();
			const timed = await startWait(
				ctx,
				'time limit',
				{ resumeAmount: 0.1, resumeUnit: 'minutes' },
				{ production: true },
			);
			// n8n looks for due waits once a minute.
			const execution = await finished(ctx, timed.executionId, 100000);
			const output = afterItem(execution);
			assert.equal(output.timedOut, true, JSON.stringify(output));
			assert.equal(output.decision, 'timedOut');
			assert.equal(output.approved, false);
			assert.equal(output.sentMessageId, timed.sms.message_id);
			if (ctx.info)
				ctx.info.push(
					`Send and Wait: a 6 s limit resumed ${((Date.now() - t0) / 1000).toFixed(1)} s after the start (n8n checks due waits every 60 s)`,
				);
			assert.equal(
				waitRules(ctx).length,
				1,
				'the timed-out wait left its rule (removed by the next wait)',
			);

			const next = await startWait(
				ctx,
				'answered by the sandbox',
				{ to: ANSWERS_YES },
				{ production: true },
			);
			assert.equal(
				waitRules(ctx).filter((rule) => rule.inbound_rule_id === timed.rule.inbound_rule_id).length,
				0,
				'the expired rule was removed when the next wait started',
			);
			const done = afterItem(await finished(ctx, next.executionId, 20000));
			assert.equal(done.decision, 'approved');
			assert.equal(done.from, ANSWERS_YES);
			assert.equal(waitRules(ctx).length, 0, 'no wait rule left at ClickSend');
		},
		{ compat: true },
	);

	scenario(
		"the dev instance's example (examples/sms-send-and-wait.json) runs and the sandbox's YES takes it to Booking Kept",
		async () => {
			const executionId = await run(
				ctx,
				await createWorkflow(ctx, exampleWorkflow()),
				'Manual Trigger',
			);
			const done = await finished(ctx, executionId, 20000);
			const [kept] = nodeItems(done, 'Booking Kept');
			assert.equal(kept.json.decision, 'approved');
			assert.equal(kept.json.from, ANSWERS_YES);
			assert.equal(done.data.resultData.runData['Declined, Unclear or No Answer'], undefined);
			assert.equal(waitRules(ctx).length, 0, 'no wait rule left at ClickSend');
		},
	);

	scenario(
		"n8n 2.x's human review for AI tools (the ClickSend HITL tool n8n generates from this operation): the agent's SMS tool runs only after YES by SMS; after NO it does not run and the agent is told",
		async () => {
			for (const [number, approved] of [
				[ANSWERS_YES, true],
				[ANSWERS_NO, false],
			]) {
				const prompt = `Let the guest know the booking is confirmed (approval by ${number}).`;
				const text = `Your table is ready (${number})`;
				ctx.openAi.script.set(prompt, {
					toolParameters: { to: TO, message: text },
					hitlParameters: {},
				});
				const workflowId = await createWorkflow(ctx, hitlWorkflow(prompt, number));
				const executionId = await run(ctx, workflowId, 'Manual Trigger');
				const execution = await finished(ctx, executionId, 30000);
				assert.equal(execution.status, 'success', JSON.stringify(execution.data.resultData.error));
				const runData = execution.data.resultData.runData;
				const review = runData['Approve By SMS'][0].data.ai_tool[0][0].json;
				assert.equal(review.approved, approved, JSON.stringify(review));
				assert.equal(review.from, number);
				const question = ctx.sandbox.sentSms.find((sms) => sms.message_id === review.sentMessageId);
				assert.match(
					question.body,
					new RegExp(`wants to send an SMS: .*${text.replace(/[()+]/g, '\\$&')}`),
				);
				const sent = ctx.sandbox.sentSms.filter((sms) => sms.body === text);
				if (approved) {
					assert.equal(sent.length, 1, 'the approved tool sent its SMS');
					assert.equal(runData['Send SMS'][0].data.ai_tool[0][0].json.status, 'SUCCESS');
				} else {
					assert.equal(sent.length, 0, 'the declined tool sent nothing');
					assert.equal(runData['Send SMS'], undefined);
					assert.match(ctx.openAi.toolResults().at(-1), /rejected the tool call/);
				}
			}
			assert.equal(waitRules(ctx).length, 0);
		},
	);

	return list;
}

/** agent.js's AI Agent workflow, its Send SMS tool gated by Approve By SMS (the clickSendHitlTool n8n 2.x generates). */
function hitlWorkflow(prompt, approver) {
	const credential = CREDENTIAL;
	const workflow = agentWorkflow(
		undefined,
		`E2E send and wait: human review by ${approver}`,
		prompt,
		credential,
	);
	delete workflow.id;
	workflow.nodes.push({
		id: 'a0000000-0000-4000-8000-000000000005',
		name: 'Approve By SMS',
		type: nodeType('clickSendHitlTool'),
		typeVersion: 1,
		position: [440, 400],
		parameters: {
			to: approver,
			message:
				'=The assistant wants to send an SMS: {{ JSON.stringify($tool.parameters) }}. Reply YES or NO.',
		},
		credentials: { clickSendRestApi: credential },
	});
	workflow.connections['Send SMS'] = {
		ai_tool: [[{ node: 'Approve By SMS', type: 'ai_tool', index: 0 }]],
	};
	workflow.connections['Approve By SMS'] = {
		ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]],
	};
	return workflow;
}

/** The roles whose log has `pattern`, with how often (queue-runs.js's countLogLines, zeros left out). */
function logged(ctx, pattern) {
	return Object.entries(countLogLines(ctx, pattern))
		.filter(([, count]) => count)
		.sort();
}

async function eventually(check, timeoutMs = 15000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return check();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await sleep(300);
		}
	}
}

function queueScenarios(ctx) {
	const list = [];
	const scenario = (name, fn, { compat = false } = {}) => list.push({ name, fn, compat });

	scenario(
		'Send and Wait in queue mode: the worker sends and waits; the reply reaches webhook process 1, which deletes the rule and enqueues the resume; the worker finishes the same execution',
		async () => {
			const mark = ctx.origins.mark;
			const { executionId, rule, sms } = await startWait(ctx, 'queue', {});
			const resumeMark = ctx.origins.mark;
			assert.deepEqual(
				['POST', 'PUT'].map((method) =>
					ctx.origins.to(method, /^\/automations\/sms\/inbound/, mark).map((c) => c.role),
				),
				[['worker'], ['worker']],
				'the rule is created by the worker',
			);
			assert.deepEqual(
				ctx.origins.to('POST', '/sms/send', mark).map((c) => c.role),
				['worker'],
			);
			const reply = await ctx.sandbox.deliverInboundSms({ from: TO, body: 'NO' });
			assert.deepEqual(
				reply.deliveries.filter((d) => d.url === rule.action_address).map((d) => d.status),
				[200],
			);
			const output = afterItem(await finished(ctx, executionId));
			assert.equal(output.decision, 'declined');
			assert.equal(output.sentMessageId, sms.message_id);
			assert.deepEqual(
				ctx.origins
					.to('DELETE', `${INBOUND}/${rule.inbound_rule_id}`, resumeMark)
					.map((c) => c.role),
				['webhook-1'],
				'the webhook process that took the reply deleted the rule',
			);
			await eventually(() => {
				assert.deepEqual(logged(ctx, `Enqueued execution ${executionId} \\(job`), [
					['main', 1],
					['webhook-1', 1],
				]);
				assert.deepEqual(
					logged(ctx, `Worker finished execution ${executionId} \\(job`),
					[['worker', 2]],
					'the worker ran both parts',
				);
			});
			assert.equal(waitRules(ctx).length, 0);
		},
	);

	scenario(
		'Send and Wait in queue mode: the time limit (main notices it) resumes the execution on the worker with timedOut: true',
		async () => {
			const { executionId } = await startWait(ctx, 'queue time limit', {
				resumeAmount: 0.1,
				resumeUnit: 'minutes',
			});
			const output = afterItem(await finished(ctx, executionId, 100000));
			assert.equal(output.timedOut, true);
			await eventually(() => {
				assert.deepEqual(logged(ctx, `Enqueued execution ${executionId} \\(job`), [['main', 2]]);
			});
		},
	);

	return list;
}

module.exports = { scenarios, queueScenarios };
