'use strict';
/**
 * The queue-mode scenarios (scripts/e2e-queue.js: main + worker + two webhook processes, Redis,
 * Postgres): credential test, a manual send offloaded to the worker, the webhook trigger across
 * webhook processes (registration, runs, redeliveries, tokens, deactivation); the polling trigger is
 * in queue-polling.js. Which process did what is read from sockets (ctx.origins) and n8n's logs.
 */
const assert = require('node:assert/strict');
const crypto = require('node:crypto');

const rest = require('../../scripts/lib/n8n-rest');
const {
	assertRanOnWorker,
	countLogLines,
	lastDelivery,
	onProcess,
	post,
	waitForExecution,
} = require('./queue-runs');
const { nodeItems, sandboxApi, testCredentials, waitForExecutions } = require('./runs');
const { BAD, GOOD, IDS, RECIPIENTS } = require('./workflows');
const { pollingScenario } = require('./queue-polling');

const RULE_PATH = '/automations/sms/inbound';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function queueScenarios(ctx) {
	const { sandbox, origins } = ctx;
	const list = [];
	const scenario = (name, fn) => list.push({ name, fn });
	const executionsOf = async (workflowId) =>
		await rest.listExecutions(ctx.baseUrl, ctx.cookie, { workflowId, limit: 50 });

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
			const res = await rest.restRequest(
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
			await rest.activateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
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
			const full = await rest.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
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
			const full = await rest.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
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
					const asGet = await rest.fetchRetry(
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
			await rest.deactivateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
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

	list.push(pollingScenario(ctx));

	scenario("every request n8n made broke no rule of ClickSend's OpenAPI spec", async () => {
		sandbox.standIn.expectNoContractViolations();
		const unknown = origins.entries.filter((entry) => entry.role === 'unknown');
		assert.deepEqual(unknown, [], 'every request to the sandbox was traced to a process');
	});
	return list;
}

// ---------------------------------------------------------------------------------------------

module.exports = { queueScenarios, RULE_PATH };
