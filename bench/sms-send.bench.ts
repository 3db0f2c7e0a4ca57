/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a benchmark, never shipped: reads the clock and prints its figures */
import { echoMessages } from '../test/harness/answers';
import { runClickSend } from '../test/harness/engine';
import { ClickSendStandIn } from '../test/harness/stand-in';

/**
 * SMS → Send: batched (up to 1000 messages per request) against one request per item, through
 * n8n-core's engine and the Prism-checked stand-in on 127.0.0.1. Prints figures; asserts nothing
 * about time. Each request is validated against the full OpenAPI spec, which is part of the cost.
 */
const SIZES = [1, 100, 1000, 5000];
const PER_ITEM_MAX = 1000;

let standIn: ClickSendStandIn;
const rows: string[] = [];

beforeAll(async () => {
	standIn = await ClickSendStandIn.start();
});
afterAll(async () => {
	await standIn.close();
	console.log(
		['SMS → Send (n8n-core engine, stand-in on 127.0.0.1)', 'mode        items  requests      ms   items/s', ...rows].join('\n'),
	);
});

async function measure(items: number, batchSize: number): Promise<void> {
	standIn.reset();
	standIn.on('POST', '/sms/send', echoMessages());
	const input = Array.from({ length: items }, (_, index) => ({
		phone: `+614${String(11111111 + index).padStart(8, '0')}`,
		text: `Your code is ${1000 + index}`,
	}));
	const started = process.hrtime.bigint();
	const result = await runClickSend(standIn.baseUrl, {
		parameters: {
			resource: 'sms',
			operation: 'send',
			to: '={{ $json.phone }}',
			message: '={{ $json.text }}',
			options: { batchSize },
		},
		items: input,
	});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.error || result.items.length !== items) throw new Error(`run failed: ${result.error?.message}`);
	standIn.expectNoContractViolations();
	const requests = standIn.requestsTo('POST', '/sms/send').length;
	const mode = batchSize === 1 ? 'per item' : 'batched';
	rows.push(
		`${mode.padEnd(9)} ${String(items).padStart(7)} ${String(requests).padStart(9)} ${ms.toFixed(0).padStart(7)} ${((items / ms) * 1000).toFixed(0).padStart(9)}`,
	);
}

describe('SMS send throughput', () => {
	for (const items of SIZES) {
		it(`batched, ${items} items`, async () => measure(items, 1000), 300000);
		if (items > 1 && items <= PER_ITEM_MAX) {
			it(`one request per item, ${items} items`, async () => measure(items, 1), 300000);
		}
	}
});
