'use strict';
/**
 * The benchmark's ClickSend stand-in, in its own process (forked by bench/benchmark.ts), so that
 * the benchmark's memory figure is n8n and the node, not the stand-in and its copy of the spec.
 * Every request is still validated against ClickSend's OpenAPI spec. Talks over the IPC channel:
 * { count: [method, path] } → number of requests; { reset: true }; { violations: true }.
 */
require('../test/e2e/register-ts');
const { ClickSendStandIn } = require('../test/harness/stand-in.ts');
const { echoMessages, pagedList } = require('../test/harness/answers.ts');

async function start() {
	const standIn = await ClickSendStandIn.start();
	standIn.latencyMs = Number(process.env.CLICKSEND_BENCH_LATENCY_MS ?? 20);
	standIn.on('POST', '/sms/send', echoMessages());
	standIn.on(
		'GET',
		'/lists/428/contacts',
		pagedList(10_000, (index) => ({
			contact_id: index + 1,
			list_id: 428,
			phone_number: `+614${String(11111111 + index).padStart(8, '0')}`,
		})),
	);
	process.on('message', (message) => {
		if (message.count)
			process.send({ count: standIn.requestsTo(message.count[0], message.count[1]).length });
		else if (message.reset) {
			standIn.requests.length = 0;
			process.send({ reset: true });
		} else if (message.violations) process.send({ violations: standIn.contractViolations.length });
	});
	process.send({ baseUrl: standIn.baseUrl });
}

start().catch((error) => {
	console.error(error);
	process.exit(1);
});
