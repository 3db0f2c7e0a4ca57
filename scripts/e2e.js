'use strict';
/**
 * End to end in a real n8n (`npm run test:e2e`):
 *   build → npm pack → install the tarball into a custom extensions dir → provision Node 24 +
 *   n8n 2.41.1 (scripts/provision-runtime.sh, cached) → start the ClickSend sandbox (in this
 *   process) and n8n (a Node 24 child) → import credentials and workflows → run the scenarios.
 * Prints `PASS <name>` / `FAIL <name>: <why>` per scenario, then `N passed, N failed` alone on a
 * line; exits non-zero on any failure. Temp dirs and processes are removed on exit, also on
 * failure or Ctrl-C (CLICKSEND_E2E_KEEP=1 keeps the temp dir for a look at n8n.log).
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const runtime = require('./lib/runtime');
const { packAndInstall } = require('./lib/pack');
const { nodeItems, testCredentials, waitForExecutions } = require('../test/e2e/runs');
require('../test/e2e/register-ts');
const { ClickSendSandbox } = require('../test/harness/sandbox.ts');
const { IDS, PDF, RECIPIENTS, credentials, workflows } = require('../test/e2e/workflows');
const { n8nCliAsync, executeWorkflowAsync } = require('../test/e2e/cli');
const {
	AGENT_IDS,
	ScriptedOpenAi,
	agentCredentials,
	agentWorkflow,
	rerunWorkflow,
} = require('../test/e2e/agent');

const GOOD = { username: 'e2e-user', apiKey: 'E2E-KEY-0000-1111' };
const BAD = { username: 'e2e-user', apiKey: 'WRONG-KEY' };
const started = Date.now();
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => console.log(`[e2e ${secs(started)}] ${line}`);

const state = { tmp: undefined, n8n: undefined, sandbox: undefined, openAi: undefined };

async function cleanup() {
	if (state.n8n) await state.n8n.stop().catch(() => undefined);
	state.n8n = undefined;
	if (state.sandbox) await state.sandbox.close().catch(() => undefined);
	state.sandbox = undefined;
	if (state.openAi) await state.openAi.close().catch(() => undefined);
	state.openAi = undefined;
	if (state.tmp && !process.env.CLICKSEND_E2E_KEEP)
		fs.rmSync(state.tmp, { recursive: true, force: true });
	else if (state.tmp) log(`kept ${state.tmp}`);
	state.tmp = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		log(`${signal}: cleaning up`);
		void cleanup().finally(() => process.exit(130));
	});
}

async function cliRun(workflowId, ctx) {
	// Asynchronous: the sandbox lives in this process and must answer n8n while the CLI runs.
	const res = await executeWorkflowAsync(workflowId, {
		userFolder: ctx.userFolder,
		customExtensionsDir: ctx.ext,
	});
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

function scenarios(ctx) {
	const { sandbox } = ctx;
	const list = [];
	const scenario = (name, fn) => list.push({ name, fn });

	scenario(
		'package loaded: n8n lists CUSTOM.clickSend, CUSTOM.clickSendTrigger, CUSTOM.clickSendPollingTrigger and the clickSendRestApi credential',
		async () => {
			// What the editor loads (needs the login cookie).
			const nodesRes = await runtime.restRequest(
				ctx.baseUrl,
				ctx.cookie,
				'GET',
				'/types/nodes.json',
			);
			assert.equal(nodesRes.status, 200, nodesRes.text.slice(0, 300));
			const nodes = nodesRes.body;
			const names = new Set(nodes.map((n) => n.name));
			for (const name of [
				'CUSTOM.clickSend',
				'CUSTOM.clickSendTrigger',
				'CUSTOM.clickSendPollingTrigger',
			]) {
				assert.ok(names.has(name), `${name} missing from /types/nodes.json`);
			}
			const creds = (
				await runtime.restRequest(ctx.baseUrl, ctx.cookie, 'GET', '/types/credentials.json')
			).body;
			assert.ok(
				creds.some((c) => c.name === 'clickSendRestApi'),
				'clickSendRestApi missing from /types/credentials.json',
			);
			assert.ok(
				ctx.packedFiles.every((file) => !/^(test|scripts|nodes)\//.test(file)),
				'tarball holds only dist/ and package files',
			);
		},
	);

	scenario(
		'credential test through n8n (POST /rest/credentials/test): OK for good keys, our 401 message for a wrong key',
		async () => {
			const { bad } = await testCredentials(ctx.baseUrl, ctx.cookie, sandbox.baseUrl, {
				ids: IDS,
				good: GOOD,
				bad: BAD,
			});
			assert.match(
				bad.message,
				/ClickSend rejected this API username or API key \(401 INVALID_CREDENTIALS\)/,
			);
			assert.ok(
				sandbox.standIn.requestsTo('GET', '/account').length >= 2,
				'the tests reached the sandbox',
			);
		},
	);

	scenario('Account → Get via `n8n execute`', async () => {
		const run = await cliRun(IDS.account, ctx);
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
			const run = await cliRun(IDS.smsSend, ctx);
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
	);

	scenario(
		'Contact → Create Or Update: first run creates, second run updates the same contact',
		async () => {
			const first = nodeItems(await cliRun(IDS.contactUpsert, ctx), 'Upsert Contact');
			assert.equal(first.length, 1);
			assert.equal(first[0].json.action, 'created');
			const second = nodeItems(await cliRun(IDS.contactUpsert, ctx), 'Upsert Contact');
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
			await runtime.activateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
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
			const res = await runtime.fetchRetry(`${sandbox.baseUrl}/sms/inbound`, {
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
			const full = await runtime.getExecution(ctx.baseUrl, ctx.cookie, execution.id);
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
				const denied = await runtime.fetchRetry(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ from: '+61433333333', body: 'forged', message_id: 'FORGED-1' }),
				});
				assert.equal(denied.status, 401, `${url} → ${denied.status}`);
			}
			// ClickSend redelivers an event it thinks failed: the same message_id starts no second run.
			const again = await runtime.fetchRetry(`${sandbox.baseUrl}/sms/inbound`, {
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
			const after = await runtime.listExecutions(ctx.baseUrl, ctx.cookie, {
				workflowId: IDS.trigger,
			});
			assert.equal(
				after.length,
				1,
				`no new execution after the forged deliveries and the redelivery: ${JSON.stringify(after)}`,
			);

			await runtime.deactivateWorkflow(ctx.baseUrl, ctx.cookie, IDS.trigger);
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
	);

	scenario(
		'Fax → Send: a PDF made by a previous node (Convert to File) is uploaded and faxed',
		async () => {
			const uploadsBefore = sandbox.uploads.length;
			const run = await cliRun(IDS.fax, ctx);
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
		"AI Agent calls the ClickSend node as a tool with $fromAI arguments: the SMS reaches the sandbox with the model's number and text",
		async () => {
			const before = sandbox.sentSms.length;
			ctx.openAi.script.set('Ann her table', {
				to: '+61411111111',
				message: 'Your table for two is ready',
			});
			const res = await executeWorkflowAsync(AGENT_IDS.agentSend, {
				userFolder: ctx.userFolder,
				customExtensionsDir: ctx.ext,
			});
			assert.ok(
				res.run,
				`n8n execute printed no run:\n${res.stdout.slice(-1500)}\n${res.stderr.slice(-1500)}`,
			);
			const runData = res.run.data.resultData.runData;
			const tool = runData['Send SMS']?.[0];
			assert.ok(tool, `the tool ran (ran: ${Object.keys(runData).join(', ')})`);
			assert.equal(tool.error, undefined, `tool error: ${JSON.stringify(tool.error)}`);
			const sent = sandbox.sentSms.slice(before);
			assert.deepEqual(
				sent.map((message) => [message.to, message.body]),
				[['+61411111111', 'Your table for two is ready']],
			);
			const [answer] = nodeItems(res.run, 'AI Agent');
			assert.equal(answer.json.output, 'Done.');
			const told = ctx.openAi.toolResults().at(-1);
			assert.match(told, /SUCCESS/, `the model was told the result: ${told}`);
			// What the model reads about the tool: the operation's own tool description, not "Send SMS in ClickSend".
			const description = String(ctx.openAi.requests[0].tools?.[0]?.function?.description ?? '');
			assert.match(
				description,
				/international format/,
				`the tool description the model saw: ${description}`,
			);
			assert.match(
				description,
				/message_id/,
				`the tool description says what it returns: ${description}`,
			);
		},
	);

	scenario(
		'AI Agent: the model passes a bad number → no SMS is sent and the model is told how to fix it',
		async () => {
			const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			ctx.openAi.script.set('text Bob', { to: '12', message: 'Hello Bob' });
			const res = await executeWorkflowAsync(AGENT_IDS.agentBadNumber, {
				userFolder: ctx.userFolder,
				customExtensionsDir: ctx.ext,
			});
			assert.ok(
				res.run,
				`n8n execute printed no run:\n${res.stdout.slice(-1500)}\n${res.stderr.slice(-1500)}`,
			);
			assert.equal(
				sandbox.standIn.requestsTo('POST', '/sms/send').length,
				before,
				'no SMS request',
			);
			const tool = JSON.stringify(res.run.data.resultData.runData['Send SMS'] ?? null);
			assert.match(
				tool,
				/To \\?"12\\?" is not a phone number/,
				`the tool node failed with our message: ${tool.slice(0, 600)}`,
			);
			const told = ctx.openAi.toolResults().at(-1) ?? '';
			assert.match(told, /not a phone number/, `the model got the error: ${told}`);
			assert.match(told, /international format/, `the model got the fix: ${told}`);
		},
	);

	scenario(
		'Skip Items Already Sent across two executions: the 2nd request fails, the re-run sends only the rest; each message accepted once',
		async () => {
			const before = sandbox.sentSms.length;
			let calls = 0;
			sandbox.standIn.on('POST', '/sms/send', () =>
				++calls === 2
					? {
							status: 500,
							body: {
								http_code: 500,
								response_code: 'INTERNAL_ERROR',
								response_msg: 'Sandbox failure',
								data: null,
							},
						}
					: undefined,
			);
			const first = await executeWorkflowAsync(AGENT_IDS.rerun, {
				userFolder: ctx.userFolder,
				customExtensionsDir: ctx.ext,
			});
			assert.ok(first.run, `n8n execute printed no run:\n${first.stdout.slice(-1500)}`);
			assert.match(
				JSON.stringify(first.run.data.resultData.error ?? {}),
				/INTERNAL_ERROR/,
				'the first execution failed on the 2nd request',
			);
			assert.equal(
				sandbox.sentSms.length - before,
				2,
				'the first request (2 messages) was accepted',
			);
			const second = await cliRun(AGENT_IDS.rerun, ctx);
			const items = nodeItems(second, 'Send SMS');
			assert.deepEqual(
				items.map((item) => item.json.skipped === true),
				[true, true, false],
			);
			const sent = sandbox.sentSms.slice(before).map((message) => message.to);
			assert.deepEqual(
				sent,
				RECIPIENTS.map((recipient) => recipient.to),
				'each message accepted exactly once in total',
			);
		},
	);

	scenario("every request n8n made broke no rule of ClickSend's OpenAPI spec", async () => {
		sandbox.standIn.expectNoContractViolations();
		assert.ok(
			sandbox.standIn.requests.length > 10,
			`${sandbox.standIn.requests.length} requests checked`,
		);
	});
	return list;
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clicksend-e2e-'));
	state.tmp = tmp;
	const ctx = { userFolder: path.join(tmp, 'n8n'), skipped: [] };

	let t0 = Date.now();
	const pack = packAndInstall(tmp, log);
	ctx.ext = pack.ext;
	ctx.packedFiles = pack.files;

	t0 = Date.now();
	runtime.ensureRuntime();
	log(`runtime ready in ${secs(t0)}`);

	t0 = Date.now();
	const sandbox = await ClickSendSandbox.start({
		credentials: GOOD,
		log: (line) => process.env.CLICKSEND_E2E_VERBOSE && log(`sandbox: ${line}`),
	});
	state.sandbox = sandbox;
	ctx.sandbox = sandbox;
	ctx.listId = sandbox.defaultListId;
	log(`sandbox on ${sandbox.baseUrl} in ${secs(t0)}`);

	state.openAi = await new ScriptedOpenAi().start();
	ctx.openAi = state.openAi;

	t0 = Date.now();
	const credFile = path.join(tmp, 'credentials.json');
	fs.writeFileSync(
		credFile,
		JSON.stringify(
			[...credentials(sandbox.baseUrl, GOOD, BAD), ...agentCredentials(state.openAi.url)],
			null,
			2,
		),
	);
	const wfFile = path.join(tmp, 'workflows.json');
	const clickSendCredential = { id: IDS.goodCredential, name: 'ClickSend sandbox (e2e)' };
	fs.writeFileSync(
		wfFile,
		JSON.stringify(
			[
				...workflows({ listId: ctx.listId }),
				agentWorkflow(
					AGENT_IDS.agentSend,
					'E2E: AI Agent sends an SMS',
					'Tell Ann her table for two is ready, by SMS.',
					clickSendCredential,
				),
				agentWorkflow(
					AGENT_IDS.agentBadNumber,
					'E2E: AI Agent with a bad number',
					'Please text Bob hello.',
					clickSendCredential,
				),
				rerunWorkflow(clickSendCredential, RECIPIENTS),
			],
			null,
			2,
		),
	);
	for (const args of [
		['import:credentials', `--input=${credFile}`],
		['import:workflow', `--input=${wfFile}`],
	]) {
		const res = await n8nCliAsync(args, {
			userFolder: ctx.userFolder,
			customExtensionsDir: ctx.ext,
		});
		if (res.status !== 0)
			throw new Error(`n8n ${args[0]} failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
	}
	log(`credentials and workflows imported in ${secs(t0)}`);

	t0 = Date.now();
	state.n8n = await runtime.startN8n({ userFolder: ctx.userFolder, customExtensionsDir: ctx.ext });
	ctx.baseUrl = state.n8n.baseUrl;
	ctx.cookie = await runtime.login(ctx.baseUrl);
	log(`n8n ready on ${ctx.baseUrl} in ${secs(t0)} (log: ${state.n8n.logFile})`);

	let passed = 0;
	let failed = 0;
	for (const { name, fn } of scenarios(ctx)) {
		const s0 = Date.now();
		try {
			await fn();
			passed++;
			console.log(`PASS ${name} (${secs(s0)})`);
		} catch (error) {
			failed++;
			console.log(`FAIL ${name} (${secs(s0)}): ${error && error.stack ? error.stack : error}`);
		}
	}
	for (const what of ctx.skipped) console.log(`SKIP ${what}`);
	if (failed && state.n8n)
		console.log(`--- n8n log tail (${state.n8n.logFile}) ---\n${tailOf(state.n8n.logFile)}`);
	log(`total ${secs(started)}`);
	console.log(`${passed} passed, ${failed} failed`);
	return failed;
}

function tailOf(file) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
	} catch {
		return '';
	}
}

main()
	.then(async (failed) => {
		await cleanup();
		process.exit(failed ? 1 : 0);
	})
	.catch(async (error) => {
		console.log(`FAIL setup: ${error && error.stack ? error.stack : error}`);
		console.log('0 passed, 1 failed');
		await cleanup();
		process.exit(1);
	});
