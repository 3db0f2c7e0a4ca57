'use strict';
/**
 * Queue mode, ClickSend Polling Trigger (scripts/e2e-queue.js): polls run on main only, each inbound
 * SMS is emitted once across polls, the runs execute on the worker.
 */
const assert = require('node:assert/strict');

const rest = require('../../scripts/lib/n8n-rest');
const { secs } = require('../../scripts/lib/suite');
const { assertRanOnWorker } = require('./queue-runs');
const { nodeItems } = require('./runs');
const { IDS } = require('./workflows');

const RULE_PATH = '/automations/sms/inbound';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @returns {{ name: string, fn: () => Promise<void> }} */
function pollingScenario(ctx) {
	const { sandbox, origins, log } = ctx;
	const executionsOf = async (workflowId) =>
		await rest.listExecutions(ctx.baseUrl, ctx.cookie, { workflowId, limit: 50 });
	let entry;
	const scenario = (name, fn) => (entry = { name, fn });

	scenario(
		'ClickSend Polling Trigger: polls run on main only; each inbound SMS is emitted exactly once across polls; the runs execute on the worker',
		async () => {
			const mark = origins.mark;
			const t0 = Date.now();
			await rest.activateWorkflow(ctx.baseUrl, ctx.cookie, IDS.polling);
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
					const executions = await executionsOf(IDS.polling);
					for (const execution of executions.slice().reverse()) {
						if (
							runs.some((known) => known.id === execution.id) ||
							['running', 'new', 'waiting'].includes(execution.status)
						)
							continue;
						const full = await rest.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
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
			await rest.deactivateWorkflow(ctx.baseUrl, ctx.cookie, IDS.polling);
		},
	);

	return entry;
}

module.exports = { pollingScenario };
