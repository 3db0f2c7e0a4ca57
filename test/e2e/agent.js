'use strict';
/**
 * The e2e suite's AI Agent and re-run pieces (scripts/e2e.js, every tested line): the workflows —
 * AI Agent + OpenAI Chat Model (test/e2e/openai-stub.js) + the ClickSend node as a tool (`$fromAI`
 * parameters), and an SMS send with Skip Items Already Sent — and their scenarios.
 * Pitfalls found in n8n 2.41.1: n8n adds `Tool` to the type of a `usableAsTool` node
 * (`n8n-nodes-clicksend-suite.clickSendTool`); lmChatOpenAi 1.3 needs responsesApiEnabled: false
 * (else it calls /v1/responses); the credential's url ends in /v1.
 */
const assert = require('node:assert/strict');

const { atLeast, currentLine } = require('../../scripts/lib/n8n-lines');
const { nodeType } = require('../../scripts/lib/pack');
const { executeWorkflow } = require('../../scripts/lib/n8n-cli');
const { cliRun, nodeItems } = require('./runs');
const { RECIPIENTS, credentialRef } = require('./workflows');

const CREDENTIAL_TYPE = 'clickSendRestApi';

const AGENT_IDS = {
	openAiCredential: 'e2eOpenAiStub001',
	agentSend: 'e2eAgentSendSms1',
	agentBadNumber: 'e2eAgentBadNumb1',
	rerun: 'e2eSmsSkipRerun1',
};

function agentCredentials(openAiUrl) {
	return [
		{
			id: AGENT_IDS.openAiCredential,
			name: 'OpenAI stub (e2e)',
			type: 'openAiApi',
			data: { apiKey: 'sk-e2e-stub', url: openAiUrl },
		},
	];
}

/** Manual Trigger → AI Agent, with the OpenAI Chat Model and the ClickSend tool attached. */
function agentWorkflow(id, name, prompt, clickSendCredential) {
	const manual = {
		id: 'a0000000-0000-4000-8000-000000000001',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const agent = {
		id: 'a0000000-0000-4000-8000-000000000002',
		name: 'AI Agent',
		type: '@n8n/n8n-nodes-langchain.agent',
		// 3.1 is n8n 2.41's; 1.123 and 2.0 have 3.
		typeVersion: atLeast(currentLine(), '2.41.0') ? 3.1 : 3,
		position: [220, 0],
		parameters: { promptType: 'define', text: prompt, options: {} },
	};
	const model = {
		id: 'a0000000-0000-4000-8000-000000000003',
		name: 'OpenAI Chat Model',
		type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
		typeVersion: 1.3,
		position: [220, 200],
		parameters: {
			model: { __rl: true, mode: 'id', value: 'gpt-4o-mini' },
			responsesApiEnabled: false,
			options: {},
		},
		credentials: { openAiApi: { id: AGENT_IDS.openAiCredential, name: 'OpenAI stub (e2e)' } },
	};
	const tool = {
		id: 'a0000000-0000-4000-8000-000000000004',
		name: 'Send SMS',
		type: nodeType('clickSendTool'),
		typeVersion: 1,
		position: [440, 200],
		parameters: {
			resource: 'sms',
			operation: 'send',
			sendTo: 'phoneNumber',
			to: "={{ $fromAI('to', 'the phone number in international format, e.g. +61411111111', 'string') }}",
			message: "={{ $fromAI('message', 'the text of the SMS', 'string') }}",
			options: {},
		},
		credentials: { [CREDENTIAL_TYPE]: clickSendCredential },
	};
	return {
		id,
		name,
		active: false,
		nodes: [manual, agent, model, tool],
		connections: {
			'Manual Trigger': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'OpenAI Chat Model': {
				ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
			},
			'Send SMS': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Manual Trigger → three recipients → ClickSend SMS → Send with Skip Items Already Sent, two per request. */
function rerunWorkflow(clickSendCredential, recipients) {
	const nodes = [
		{
			id: 'b0000000-0000-4000-8000-000000000001',
			name: 'Manual Trigger',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'b0000000-0000-4000-8000-000000000002',
			name: 'Recipients',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ recipients }), options: {} },
		},
		{
			id: 'b0000000-0000-4000-8000-000000000003',
			name: 'One Item Per Recipient',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [440, 0],
			parameters: { fieldToSplitOut: 'recipients', options: {} },
		},
		{
			id: 'b0000000-0000-4000-8000-000000000004',
			name: 'Send SMS',
			type: nodeType('clickSend'),
			typeVersion: 1,
			position: [660, 0],
			parameters: {
				resource: 'sms',
				operation: 'send',
				sendTo: 'phoneNumber',
				to: '={{ $json.to }}',
				message: '={{ $json.text }}',
				options: { batchSize: 2, skipAlreadySent: true },
			},
			credentials: { [CREDENTIAL_TYPE]: clickSendCredential },
		},
	];
	const connections = {};
	for (let i = 0; i + 1 < nodes.length; i++)
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id: AGENT_IDS.rerun,
		name: 'E2E: SMS → Send, re-run skips what was sent',
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The two AI Agent workflows and the re-run workflow, with the suite's good ClickSend credential. */
function agentWorkflows() {
	const clickSend = credentialRef.clickSendRestApi;
	return [
		agentWorkflow(
			AGENT_IDS.agentSend,
			'E2E: AI Agent sends an SMS',
			'Tell Ann her table for two is ready, by SMS.',
			clickSend,
		),
		agentWorkflow(
			AGENT_IDS.agentBadNumber,
			'E2E: AI Agent with a bad number',
			'Please text Bob hello.',
			clickSend,
		),
		rerunWorkflow(clickSend, RECIPIENTS),
	];
}

/** The agent and re-run scenarios (ctx: sandbox, openAi, userFolder). */
function agentScenarios(ctx) {
	const { sandbox } = ctx;
	const list = [];
	const scenario = (name, fn) => list.push({ name, fn, compat: true });

	scenario(
		"AI Agent calls the ClickSend node as a tool with $fromAI arguments: the SMS reaches the sandbox with the model's number and text",
		async () => {
			const before = sandbox.sentSms.length;
			ctx.openAi.script.set('Ann her table', {
				to: '+61411111111',
				message: 'Your table for two is ready',
			});
			const res = await executeWorkflow(AGENT_IDS.agentSend, { userFolder: ctx.userFolder });
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
		'AI Agent: the model passes a bad number → no SMS is sent; the model is told how to fix it (n8n 2.41; older lines stop the run with that message)',
		async () => {
			const before = sandbox.standIn.requestsTo('POST', '/sms/send').length;
			ctx.openAi.script.set('text Bob', { to: '12', message: 'Hello Bob' });
			const res = await executeWorkflow(AGENT_IDS.agentBadNumber, { userFolder: ctx.userFolder });
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
			if (!atLeast(currentLine(), '2.41.0')) {
				// n8n 1.123 and 2.0 stop the agent's run at a tool error (the model is not asked
				// again): the execution fails with our message and fix.
				const error = res.run.data.resultData.error ?? {};
				assert.match(
					String(error.message),
					/To "12" is not a phone number/,
					JSON.stringify(error).slice(0, 600),
				);
				assert.match(
					String(error.description),
					/international format/,
					JSON.stringify(error).slice(0, 600),
				);
				return;
			}
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
			const first = await executeWorkflow(AGENT_IDS.rerun, { userFolder: ctx.userFolder });
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
			const second = await cliRun(ctx, AGENT_IDS.rerun);
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

	return list;
}

module.exports = { AGENT_IDS, agentCredentials, agentWorkflow, agentWorkflows, agentScenarios };
