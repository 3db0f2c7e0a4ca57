'use strict';
/**
 * End-to-end pieces for issue 12, used by scripts/e2e.js:
 * - a scripted OpenAI-compatible chat-completions server on 127.0.0.1 for n8n's AI Agent: the
 *   first answer of each conversation is a tool call with the scenario's arguments, the next one a
 *   final message; every request is recorded (so a test can read what the tool told the model);
 * - the workflows: AI Agent + OpenAI Chat Model + the ClickSend node as a tool (`$fromAI`
 *   parameters), and an SMS send with Skip Items Already Sent for the re-run scenario.
 * Node types and pitfalls as found in n8n 2.41.1 (GUIDE §5): the tool type is CUSTOM.clickSendTool;
 * lmChatOpenAi 1.3 needs responsesApiEnabled: false; the credential's url ends in /v1.
 */
const http = require('node:http');

const CREDENTIAL_TYPE = 'clickSendRestApi';

const AGENT_IDS = {
	openAiCredential: 'e2eOpenAiStub001',
	agentSend: 'e2eAgentSendSms1',
	agentBadNumber: 'e2eAgentBadNumb1',
	rerun: 'e2eSmsSkipRerun1',
};

/** The scripted model. `script` maps a conversation's first user prompt to the tool arguments. */
class ScriptedOpenAi {
	constructor() {
		this.requests = [];
		this.script = new Map();
		this.server = http.createServer((req, res) => void this.handle(req, res));
	}

	async start() {
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${this.server.address().port}/v1`;
		return this;
	}

	async close() {
		this.server.closeAllConnections?.();
		await new Promise((resolve) => this.server.close(() => resolve()));
	}

	/** Tool messages (what the tool returned or the error it raised) sent back to the model. */
	toolResults() {
		return this.requests.flatMap((body) =>
			(body.messages || [])
				.filter((message) => message.role === 'tool')
				.map((message) => String(message.content)),
		);
	}

	async handle(req, res) {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const text = Buffer.concat(chunks).toString('utf8');
		if (req.method === 'GET' && req.url.endsWith('/models'))
			return send(res, 200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] });
		if (req.method !== 'POST' || !req.url.endsWith('/chat/completions'))
			return send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
		const body = JSON.parse(text || '{}');
		this.requests.push(body);
		const messages = body.messages || [];
		const prompt = String(messages.find((message) => message.role === 'user')?.content ?? '');
		const toolName = body.tools?.[0]?.function?.name;
		const answered = messages.some((message) => message.role === 'tool');
		const args = [...this.script.entries()].find(([key]) => prompt.includes(key))?.[1];
		const message =
			!answered && toolName && args
				? {
						role: 'assistant',
						content: null,
						tool_calls: [
							{
								id: `call_${this.requests.length}`,
								type: 'function',
								function: { name: toolName, arguments: JSON.stringify(args) },
							},
						],
					}
				: { role: 'assistant', content: answered ? 'Done.' : 'I have no tool for that.' };
		if (body.stream) return stream(res, body.model, message);
		return send(res, 200, {
			id: `chatcmpl-${this.requests.length}`,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: body.model || 'gpt-4o-mini',
			choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
			usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
		});
	}
}

function send(res, status, body) {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
}

/** The same answer as server-sent events, for clients that ask for a stream. */
function stream(res, model, message) {
	res.writeHead(200, { 'content-type': 'text/event-stream' });
	const chunk = (delta, finish) =>
		`data: ${JSON.stringify({ id: 'chatcmpl-s', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: model || 'gpt-4o-mini', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
	const delta = message.tool_calls
		? {
				role: 'assistant',
				tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })),
			}
		: { role: 'assistant', content: message.content };
	res.write(chunk(delta, null));
	res.write(chunk({}, message.tool_calls ? 'tool_calls' : 'stop'));
	res.end('data: [DONE]\n\n');
}

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
		typeVersion: 3.1,
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
		type: 'CUSTOM.clickSendTool',
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
			type: 'CUSTOM.clickSend',
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

module.exports = { AGENT_IDS, ScriptedOpenAi, agentCredentials, agentWorkflow, rerunWorkflow };
