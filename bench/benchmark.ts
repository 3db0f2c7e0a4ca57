/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/node-usable-as-tool -- a benchmark, never shipped: reads the clock, the environment and memory, forks the stand-in, and runs a test-only node */
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { fork, type ChildProcess } from 'child_process';
import { resolve } from 'path';

import { runClickSend } from '../test/harness/engine';

/**
 * `npm run bench`: figures, never assertions. Everything runs through n8n-core's engine against
 * the ClickSend stand-in on 127.0.0.1 (its own process: bench/stand-in-process.js), which
 * validates every request against ClickSend's OpenAPI spec and waits CLICKSEND_BENCH_LATENCY_MS
 * (default 20) before each answer, like the network distance to ClickSend. Peak RSS is this
 * process's: n8n-core's engine and the node.
 *
 * - SMS → Send at N = 100, 1,000, 10,000 items (batched, 1000 per request);
 * - the same N one request per item (Batch Size 1: how ClickSend's own n8n node sends);
 * - the expression floor: a node that only reads the same mapped parameters (`to`, `message`) for
 *   every item — the least any node doing this job costs inside n8n;
 * - Contact → Get Many, Return All over 10,000 contacts.
 * A table, then as the very last line one JSON object with the 10,000-item figures.
 */
const LATENCY_MS = Number(process.env.CLICKSEND_BENCH_LATENCY_MS ?? 20);
const SIZES = [100, 1000, 10_000];
const BASELINE_SIZES = (process.env.CLICKSEND_BENCH_BASELINE_SIZES ?? '100,1000,10000')
	.split(',')
	.map(Number);

interface Row {
	name: string;
	items: number;
	requests: number;
	seconds: number;
	peakRssMb: number;
}

/** The stand-in process and how to ask it for counts. */
class StandInProcess {
	baseUrl = '';

	private constructor(private readonly child: ChildProcess) {}

	static async start(): Promise<StandInProcess> {
		const child = fork(resolve(__dirname, 'stand-in-process.js'), [], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		const standIn = new StandInProcess(child);
		standIn.baseUrl = ((await standIn.ask({})) as { baseUrl: string }).baseUrl;
		return standIn;
	}

	private async ask(message: object): Promise<Record<string, unknown>> {
		return await new Promise((done) => {
			this.child.once('message', (answer) => done(answer as Record<string, unknown>));
			if (Object.keys(message).length) this.child.send(message);
		});
	}

	async count(method: string, path: string): Promise<number> {
		return (await this.ask({ count: [method, path] })).count as number;
	}

	async reset(): Promise<void> {
		await this.ask({ reset: true });
	}

	async violations(): Promise<number> {
		return (await this.ask({ violations: true })).violations as number;
	}

	close(): void {
		this.child.kill();
	}
}

let standIn: StandInProcess;
const rows: Row[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Peak resident memory while `run` runs, sampled every 10 ms. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
	try {
		const result = await run();
		peak = Math.max(peak, process.memoryUsage().rss);
		return { result, peakRssMb: peak / 1024 / 1024 };
	} finally {
		clearInterval(timer);
	}
}

const smsItems = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		phone: `+614${String(11111111 + index).padStart(8, '0')}`,
		text: `Your code is ${1000 + index}`,
	}));

const smsParameters = (batchSize: number) => ({
	resource: 'sms',
	operation: 'send',
	to: '={{ $json.phone }}',
	message: '={{ $json.text }}',
	options: { batchSize },
});

/** Reads `to` and `message` for every item, as any SMS node must, and does nothing else. */
class ExpressionFloor implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Expression Floor',
		name: 'expressionFloor',
		group: ['output'],
		version: 1,
		description: 'Reads the mapped parameters of every item',
		defaults: { name: 'Expression Floor' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'To', name: 'to', type: 'string', default: '' },
			{ displayName: 'Message', name: 'message', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = new Array(items.length);
		for (let index = 0; index < items.length; index++) {
			out[index] = {
				json: {
					to: this.getNodeParameter('to', index) as string,
					body: this.getNodeParameter('message', index) as string,
				},
				pairedItem: { item: index },
			};
		}
		return [out];
	}
}

/** How often the fast runs are repeated; the table shows the best (least disturbed) one. */
const REPEATS = Number(process.env.CLICKSEND_BENCH_REPEATS ?? 3);

async function measure(
	name: string,
	items: number,
	run: () => Promise<{ error?: unknown; items: unknown[] }>,
	requests: () => Promise<number>,
	repeats = REPEATS,
): Promise<Row> {
	let best: Row | undefined;
	for (let attempt = 0; attempt < repeats; attempt++) {
		await standIn.reset();
		// Every measurement starts from a collected heap, so one run's garbage does not bill the next.
		(globalThis as { gc?: () => void }).gc?.();
		const started = process.hrtime.bigint();
		const { result, peakRssMb } = await withPeakRss(run);
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		if (result.error || result.items.length !== items)
			throw new Error(
				`${name} failed: ${String((result.error as Error | undefined)?.message)} (${result.items.length} items)`,
			);
		if (await standIn.violations())
			throw new Error(`${name}: requests broke ClickSend's OpenAPI contract`);
		const row = {
			name,
			items,
			requests: await requests(),
			seconds,
			peakRssMb: Math.max(peakRssMb, best?.peakRssMb ?? 0),
		};
		if (!best || row.seconds < best.seconds) best = row;
		else best.peakRssMb = row.peakRssMb;
	}
	rows.push(best!);
	return best!;
}

const sendRequests = async () => await standIn.count('POST', '/sms/send');

async function setUp(): Promise<void> {
	standIn = await StandInProcess.start();
	// Warm up: load the spec, compile the node, evaluate the first expressions.
	await runClickSend(standIn.baseUrl, { parameters: smsParameters(1000), items: smsItems(10) });
}

function report(): void {
	const table = [
		`Benchmark: n8n-core engine, ClickSend stand-in on 127.0.0.1 with ${LATENCY_MS} ms latency, Node ${process.version}`,
		'run                              items  requests   seconds    items/s  peak RSS MB',
		...rows.map(
			(row) =>
				`${row.name.padEnd(30)} ${String(row.items).padStart(7)} ${String(row.requests).padStart(9)} ${row.seconds.toFixed(3).padStart(9)} ${(row.items / row.seconds).toFixed(0).padStart(10)} ${row.peakRssMb.toFixed(0).padStart(12)}`,
		),
	];
	const find = (name: string, items: number) =>
		rows.find((row) => row.name === name && row.items === items);
	const send = find('SMS → Send (batched)', 10_000);
	const baseline = find('SMS → Send (1 per request)', 10_000);
	const floor = find('expression floor', 10_000);
	const contacts = find('Contact → Get Many (all)', 10_000);
	const figures = {
		sms_send: {
			items: 10_000,
			requests: send?.requests,
			seconds: Number(send?.seconds.toFixed(3)),
			baseline_requests: baseline?.requests,
			baseline_seconds: baseline ? Number(baseline.seconds.toFixed(3)) : undefined,
			expression_floor_seconds: Number(floor?.seconds.toFixed(3)),
			peak_rss_mb: Number(send?.peakRssMb.toFixed(0)),
		},
		contacts_return_all: {
			items: 10_000,
			requests: contacts?.requests,
			seconds: Number(contacts?.seconds.toFixed(3)),
		},
	};
	// Printed in one write: the JSON object is the very last line of the output.
	process.stdout.write(`${table.join('\n')}\n${JSON.stringify(figures)}\n`);
}

/** Runs every measurement in turn (one process, one stand-in), then prints the table and the JSON line. */
export async function main(): Promise<void> {
	await setUp();
	try {
		for (const items of SIZES) {
			log(`expression floor, ${items} items`);
			await measure(
				'expression floor',
				items,
				async () =>
					await runClickSend(standIn.baseUrl, {
						parameters: { to: '={{ $json.phone }}', message: '={{ $json.text }}' },
						items: smsItems(items),
						nodeType: new ExpressionFloor(),
					}),
				async () => 0,
			);
			log(`SMS → Send, ${items} items, batched`);
			await measure(
				'SMS → Send (batched)',
				items,
				async () =>
					await runClickSend(standIn.baseUrl, {
						parameters: smsParameters(1000),
						items: smsItems(items),
					}),
				sendRequests,
			);
		}
		for (const items of SIZES.filter((size) => BASELINE_SIZES.includes(size))) {
			log(`SMS → Send, ${items} items, one request per item (slow: ${items} requests)`);
			await measure(
				'SMS → Send (1 per request)',
				items,
				async () =>
					await runClickSend(standIn.baseUrl, {
						parameters: smsParameters(1),
						items: smsItems(items),
					}),
				sendRequests,
				1,
			);
		}
		log('Contact → Get Many, Return All over 10,000 contacts');
		await measure(
			'Contact → Get Many (all)',
			10_000,
			async () =>
				await runClickSend(standIn.baseUrl, {
					parameters: {
						resource: 'contact',
						operation: 'getAll',
						listId: { __rl: true, mode: 'id', value: '428' },
						returnAll: true,
					},
				}),
			async () => await standIn.count('GET', '/lists/428/contacts'),
		);
	} finally {
		standIn.close();
	}
	report();
}
