'use strict';
/**
 * A scripted OpenAI-compatible chat-completions server on 127.0.0.1 for n8n's AI Agent in the e2e
 * suite: the first answer of each conversation is a tool call with the scenario's arguments, the
 * next one a final message; every request is recorded (so a test can read what the tool told the
 * model and which tool description it saw).
 */
const http = require('node:http');

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

module.exports = { ScriptedOpenAi };
