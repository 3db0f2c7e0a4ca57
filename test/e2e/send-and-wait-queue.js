'use strict';
/**
 * SMS → Send and Wait for Response in n8n's queue mode (scripts/e2e-queue.js): the worker sends and
 * waits, a webhook process takes the answer and enqueues the resume, main notices time limits.
 */
const assert = require('node:assert/strict');

const { countLogLines } = require('./queue-runs');
const {
	INBOUND,
	TO,
	sleep,
	finished,
	waitRules,
	startWait,
	afterItem,
} = require('./send-and-wait-runs');

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

module.exports = { queueScenarios };
