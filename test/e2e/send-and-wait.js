'use strict';
/**
 * SMS → Send and Wait for Response in a real n8n, against the ClickSend sandbox: the scenarios of
 * the single-process suite (scripts/e2e.js; the queue-mode ones are in send-and-wait-queue.js), as
 * `{ name, compat, fn }`. `compat` ones run on every tested n8n line
 * (2.41.1, 2.0.3, 1.123.81); they use a production (webhook-triggered) execution. The others save
 * a workflow through the REST API and run it like the editor's Execute Workflow button
 * (`POST /rest/workflows/:id/run`, n8n 2.41). They need from the suite's context: baseUrl and
 * cookie (main), sandbox, and for the queue suite origins, procs and webhook1. An execution that
 * waits shows `status: waiting`; it resumes when the sandbox delivers an event to the rule the node
 * registered.
 */
const assert = require('node:assert/strict');

const rest = require('../../scripts/lib/n8n-rest');

const { nodeType } = require('../../scripts/lib/pack');
const { agentWorkflow } = require('./agent');
const { nodeItems } = require('./runs');
const {
	CREDENTIAL,
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
} = require('./send-and-wait-runs');

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

module.exports = { scenarios };
