'use strict';
/**
 * The scenarios of the single-process e2e suite (scripts/e2e.js), against a real n8n with the
 * package installed as a community package and the ClickSend sandbox. Scenarios marked
 * `compat` cover every node (load, credential test, a send, Return All, the webhook trigger round
 * trip, a poll) and run on every tested n8n line; the others run on the newest 2.x.
 */
const assert = require('node:assert/strict');

const { atLeast, currentLine } = require('../../scripts/lib/n8n-lines');
const rest = require('../../scripts/lib/n8n-rest');
const { nodeType } = require('../../scripts/lib/pack');
const { cliRun, nodeItems, sandboxApi, testCredentials, waitForExecutions } = require('./runs');
const { GOOD, BAD, IDS, PDF, RECIPIENTS } = require('./workflows');

const TYPES = ['clickSend', 'clickSendTrigger', 'clickSendPollingTrigger'].map(nodeType);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the scenarios need in the sandbox before the workflows are imported: a list of 250
 * contacts for Return All (ctx.returnAllListId).
 */
async function prepare(ctx) {
	const list = await sandboxApi(ctx, 'POST', '/lists', { list_name: 'Return All (e2e)' });
	assert.equal(list.response_code, 'SUCCESS', JSON.stringify(list));
	ctx.returnAllListId = list.data.list_id;
	for (let i = 1; i <= 250; i++) {
		const added = await sandboxApi(ctx, 'POST', `/lists/${ctx.returnAllListId}/contacts`, {
			phone_number: `+614111${String(i).padStart(5, '0')}`,
			first_name: `Contact ${i}`,
		});
		assert.equal(added.response_code, 'SUCCESS', JSON.stringify(added));
	}
}

/** @returns {{ name: string, compat: boolean, fn: () => Promise<void> }[]} */
function scenarios(ctx) {
	const { sandbox } = ctx;
	const list = [];
	const scenario = (name, fn, { compat = false } = {}) => list.push({ name, fn, compat });

	scenario(
		`package installed as a community package loads: n8n lists ${TYPES.join(', ')} and the clickSendRestApi credential; the tarball holds only what n8n loads`,
		async () => {
			// What the editor loads (needs the login cookie).
			const nodesRes = await rest.restRequest(ctx.baseUrl, ctx.cookie, 'GET', '/types/nodes.json');
			assert.equal(nodesRes.status, 200, nodesRes.text.slice(0, 300));
			const names = new Set(nodesRes.body.map((n) => n.name));
			for (const name of TYPES)
				assert.ok(names.has(name), `${name} missing from /types/nodes.json`);
			const creds = (
				await rest.restRequest(ctx.baseUrl, ctx.cookie, 'GET', '/types/credentials.json')
			).body;
			assert.ok(
				creds.some((c) => c.name === 'clickSendRestApi'),
				'clickSendRestApi missing from /types/credentials.json',
			);
			const unexpected = ctx.packedFiles.filter(
				(file) =>
					!/^dist\/.+\.(js|json|svg)$/.test(file) &&
					!['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file),
			);
			assert.deepEqual(
				unexpected,
				[],
				'the tarball holds only dist/ JavaScript, codex JSON, icons and package files',
			);
		},
		{ compat: true },
	);

	scenario(
		'credential test through n8n (POST /rest/credentials/test): OK for good keys, our 401 message for a wrong key',
		async () => {
			const { bad } = await testCredentials(ctx.baseUrl, ctx.cookie, sandbox.baseUrl, {
				ids: IDS,
				good: GOOD,
				bad: BAD,
			});
			// n8n 1.123 and 2.0 apply a credential's own 401 message only to errors they do not wrap
			// themselves: they show their generic one (n8n's behaviour; the test still fails the key).
			assert.match(
				bad.message,
				!atLeast(currentLine(), '2.41.0')
					? /^Authorization failed - please check your credentials$/
					: /ClickSend rejected this API username or API key \(401 INVALID_CREDENTIALS\)/,
			);
			assert.ok(
				sandbox.standIn.requestsTo('GET', '/account').length >= 2,
				'the tests reached the sandbox',
			);
		},
		{ compat: true },
	);

	scenario('Account → Get via `n8n execute`', async () => {
		const run = await cliRun(ctx, IDS.account);
		const [item] = nodeItems(run, 'ClickSend');
		assert.ok(
			item.json.user_id !== undefined && item.json.username !== undefined,
			JSON.stringify(item.json).slice(0, 300),
		);
	});

	scenario(
		'SMS → Send: 3 items from Edit Fields + Split Out go in ONE /sms/send, outputs paired',
		async () => {
			const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			const run = await cliRun(ctx, IDS.smsSend);
			const sends = sandbox.standIn.requestsTo('POST', '/sms/send').slice(before);
			assert.equal(sends.length, 1, `one request, got ${sends.length}`);
			const sent = sends[0].body.messages;
			assert.deepEqual(
				sent.map((m) => [m.to, m.body]),
				RECIPIENTS.map((r) => [r.to, r.text]),
			);
			assert.ok(sent.every((m) => m.custom_string === 'e2e' && m.source === 'n8n'));
			const items = nodeItems(run, 'Send SMS');
			assert.equal(items.length, 3);
			items.forEach((item, index) => {
				assert.equal(item.json.status, 'SUCCESS');
				assert.equal(item.json.to, RECIPIENTS[index].to);
				assert.match(item.json.message_id, /^[0-9A-F-]{36}$/);
				const paired = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
				assert.equal(
					paired.item,
					index,
					`item ${index} paired with ${JSON.stringify(item.pairedItem)}`,
				);
			});
		},
		{ compat: true },
	);

	scenario(
		'Contact → Create Or Update: first run creates, second run updates the same contact',
		async () => {
			const first = nodeItems(await cliRun(ctx, IDS.contactUpsert), 'Upsert Contact');
			assert.equal(first.length, 1);
			assert.equal(first[0].json.action, 'created');
			const second = nodeItems(await cliRun(ctx, IDS.contactUpsert), 'Upsert Contact');
			assert.equal(second[0].json.action, 'updated');
			assert.equal(second[0].json.contact_id, first[0].json.contact_id);
			const contacts = [...sandbox.contacts.get(ctx.listId).values()];
			assert.equal(contacts.length, 1);
			assert.equal(contacts[0].first_name, 'Ann');
			assert.equal(sandbox.standIn.requestsTo('POST', `/lists/${ctx.listId}/contacts`).length, 1);
			assert.equal(
				sandbox.standIn.requestsTo(
					'PUT',
					`/lists/${ctx.listId}/contacts/${first[0].json.contact_id}`,
				).length,
				1,
			);
		},
	);

	scenario(
		'ClickSend Trigger (inbound SMS, webhook): activate → rule registered → sandbox delivers → execution replies; no/wrong token → 401; redelivery → no 2nd run; deactivate → rule deleted',
		async () => {
			const rulePath = '/automations/sms/inbound';
			await rest.activateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
			const rules = sandbox.rulesAt(rulePath);
			assert.equal(rules.length, 1, `one rule, got ${JSON.stringify(rules)}`);
			const rule = rules[0];
			const prefix = `${ctx.baseUrl}/webhook/`;
			assert.ok(
				String(rule.action_address).startsWith(prefix),
				`action_address ${rule.action_address} is our production URL`,
			);
			assert.match(rule.action_address, /\/webhook\/[^/]+\/webhook\?token=[A-Za-z0-9]{32}$/);
			assert.equal(rule.action, 'URL');
			assert.equal(rule.webhook_type, 'json');

			// ClickSend's test endpoint, as a user would call it: the sandbox delivers to the rule.
			const auth = `Basic ${Buffer.from(`${GOOD.username}:${GOOD.apiKey}`).toString('base64')}`;
			const sendsBefore = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			const res = await rest.fetchRetry(`${sandbox.baseUrl}/sms/inbound`, {
				method: 'POST',
				headers: { authorization: auth, 'content-type': 'application/json' },
				body: JSON.stringify({ url: 'rules', from: '+61422222222', body: 'Is my order ready?' }),
			});
			const answer = await res.json();
			assert.equal(res.status, 200, JSON.stringify(answer));
			assert.deepEqual(
				answer.data._sandbox_deliveries.map((d) => d.status),
				[200],
				JSON.stringify(answer.data._sandbox_deliveries),
			);

			const [execution] = await waitForExecutions(ctx.baseUrl, ctx.cookie, IDS.trigger, 1);
			assert.equal(execution.status, 'success', JSON.stringify(execution));
			assert.equal(execution.mode, 'webhook');
			const full = await rest.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
			const [event] = nodeItems(full, 'ClickSend Trigger');
			assert.equal(event.json.event, 'inboundSms');
			assert.equal(event.json.from, '+61422222222');
			assert.equal(event.json.body, 'Is my order ready?');
			assert.equal(event.json.message_id, answer.data.message_id);
			assert.equal(event.json.eventId, `inboundSms:${answer.data.message_id}`);
			assert.equal(event.json.token, undefined, 'the secret is not in the output');
			const [reply] = nodeItems(full, 'Reply');
			assert.equal(reply.json.status, 'SUCCESS');
			const replies = sandbox.standIn.requestsTo('POST', '/sms/send').slice(sendsBefore);
			assert.equal(replies.length, 1);
			assert.deepEqual(
				replies[0].body.messages.map((m) => [m.to, m.body]),
				[['+61422222222', 'Thanks, we got "Is my order ready?"']],
			);

			// A delivery without (or with a wrong) token: 401 and no run.
			const bare = String(rule.action_address).replace(/\?token=.*$/, '');
			for (const url of [bare, `${bare}?token=${'x'.repeat(32)}`]) {
				const denied = await rest.fetchRetry(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ from: '+61433333333', body: 'forged', message_id: 'FORGED-1' }),
				});
				assert.equal(denied.status, 401, `${url} → ${denied.status}`);
			}
			// ClickSend redelivers an event it thinks failed: the same message_id starts no second run.
			const again = await rest.fetchRetry(`${sandbox.baseUrl}/sms/inbound`, {
				method: 'POST',
				headers: { authorization: auth, 'content-type': 'application/json' },
				body: JSON.stringify({
					url: 'rules',
					from: '+61422222222',
					body: 'Is my order ready?',
					message_id: answer.data.message_id,
				}),
			});
			assert.deepEqual(
				(await again.json()).data._sandbox_deliveries.map((d) => d.status),
				[200],
			);
			await sleep(1500);
			const after = await rest.listExecutions(ctx.baseUrl, ctx.cookie, {
				workflowId: IDS.trigger,
			});
			assert.equal(
				after.length,
				1,
				`no new execution after the forged deliveries and the redelivery: ${JSON.stringify(after)}`,
			);

			await rest.deactivateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
			assert.equal(sandbox.rulesAt(rulePath).length, 0, 'rule deleted at the sandbox');
			// n8n 2.x registers one webhook per method ('GET,POST') and calls delete() for each: the
			// second DELETE finds the rule gone (404), which the node treats as done.
			assert.ok(
				sandbox.standIn.requestsTo('DELETE', `${rulePath}/${rule.inbound_rule_id}`).length >= 1,
			);
			assert.equal(
				sandbox.standIn.requestsTo('POST', rulePath).length,
				1,
				'one rule created for both methods',
			);
		},
		{ compat: true },
	);

	scenario(
		'Fax → Send: a PDF made by a previous node (Convert to File) is uploaded and faxed',
		async () => {
			const uploadsBefore = sandbox.uploads.length;
			const run = await cliRun(ctx, IDS.fax);
			const uploads = sandbox.uploads.slice(uploadsBefore);
			assert.equal(uploads.length, 1, `one upload, got ${uploads.length}`);
			assert.equal(uploads[0].convert, 'fax');
			assert.ok(
				uploads[0].bytes.equals(PDF),
				'the uploaded bytes are the PDF the previous node made',
			);
			const sends = sandbox.standIn.requestsTo('POST', '/fax/send');
			assert.equal(sends.length, 1);
			assert.equal(sends[0].body.file_url, uploads[0].url);
			assert.deepEqual(
				sends[0].body.messages.map((m) => [m.to, m.custom_string]),
				[['+61261111111', 'e2e-fax']],
			);
			const [item] = nodeItems(run, 'Send Fax');
			assert.equal(item.json.status, 'SUCCESS', JSON.stringify(item.json));
			assert.equal(item.json.to, '+61261111111');
		},
	);

	scenario(
		'Contact → Get Many, Return All: 250 contacts over 3 pages of 100; page 2 fails once (500) and is asked again as page 2',
		async () => {
			const listId = ctx.returnAllListId;
			const pagePath = `/lists/${listId}/contacts`;
			let failedOnce = false;
			sandbox.standIn.on('GET', pagePath, (request) => {
				if (failedOnce || String(request.query.page) !== '2') return undefined;
				failedOnce = true;
				return {
					status: 500,
					body: {
						http_code: 500,
						response_code: 'INTERNAL_ERROR',
						response_msg: 'Sandbox failure',
						data: null,
					},
				};
			});
			const before = sandbox.standIn.requestsTo('GET', pagePath).length;
			const run = await cliRun(ctx, IDS.contactsReturnAll);
			const items = nodeItems(run, 'Get Contacts');
			assert.equal(items.length, 250);
			assert.deepEqual(
				new Set(items.map((item) => item.json.first_name)).size,
				250,
				'every contact once, none lost or repeated',
			);
			const pages = sandbox.standIn
				.requestsTo('GET', pagePath)
				.slice(before)
				.map((request) => `${request.query.page}/${request.query.limit}`);
			assert.deepEqual(
				pages,
				['1/100', '2/100', '2/100', '3/100'],
				'page 2 asked twice, nothing else',
			);
		},
		{ compat: true },
	);

	scenario(
		'ClickSend Polling Trigger: activation keeps a POLL rule and records where the inbox ends; the next scheduled poll emits a new inbound SMS once',
		async () => {
			const rulePath = '/automations/sms/inbound';
			const old = `before activation ${Date.now()}`;
			await sandbox.deliverInboundSms({ from: '+61411111111', body: old });
			await rest.activateWorkflow(ctx.baseUrl, ctx.cookie, IDS.polling);
			const pollRules = sandbox
				.rulesAt(rulePath)
				.filter((rule) => String(rule.action).toUpperCase() === 'POLL');
			assert.equal(
				pollRules.length,
				1,
				`one POLL rule: ${JSON.stringify(sandbox.rulesAt(rulePath))}`,
			);
			const body = `after activation ${Date.now()}`;
			await sandbox.deliverInboundSms({ from: '+61422222222', body });
			// n8n polls at most once a minute (at a random second on 2.x).
			const deadline = Date.now() + 130000;
			let emitted = [];
			while (Date.now() < deadline && emitted.length === 0) {
				await sleep(2000);
				for (const execution of await rest.listExecutions(ctx.baseUrl, ctx.cookie, {
					workflowId: IDS.polling,
				})) {
					if (['running', 'new', 'waiting'].includes(execution.status)) continue;
					const full = await rest.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
					emitted.push(...nodeItems(full, 'ClickSend Polling Trigger').map((item) => item.json));
				}
			}
			await rest.deactivateWorkflow(ctx.baseUrl, ctx.cookie, IDS.polling);
			assert.deepEqual(
				emitted.map((event) => [event.event, event.body, event.from]),
				[['inboundSms', body, '+61422222222']],
				'only the SMS that arrived after activation, once',
			);
			assert.match(String(emitted[0].eventId), /^inboundSms:/);
		},
		{ compat: true },
	);

	scenario(
		"every request n8n made broke no rule of ClickSend's OpenAPI spec",
		async () => {
			sandbox.standIn.expectNoContractViolations();
			assert.ok(
				sandbox.standIn.requests.length > 10,
				`${sandbox.standIn.requests.length} requests checked`,
			);
		},
		{ compat: true },
	);
	return list;
}

module.exports = { prepare, scenarios };
