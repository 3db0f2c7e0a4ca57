import type { IDataObject } from 'n8n-workflow';

import type { ClickSendStandIn } from '../harness/stand-in';
import { TriggerHarness, useStandIn } from '../harness/trigger';

const env = useStandIn();
let standIn: ClickSendStandIn;
beforeEach(() => (standIn = env.current));

function page(rows: IDataObject[]) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are your data.',
			data: {
				total: rows.length,
				per_page: 100,
				current_page: 1,
				last_page: 1,
				next_page_url: null,
				prev_page_url: null,
				data: rows,
			},
		},
	};
}

/** The list endpoint answers whatever `rows` holds at the time of the request. */
function serve(path: string, rows: IDataObject[]) {
	standIn.on('GET', path, () => page(rows));
}

function inbound(id: string, timestamp: number, extra: IDataObject = {}): IDataObject {
	// Field set of the spec's view-inbound-sms example (timestamp_send, not timestamp).
	return {
		timestamp_send: timestamp,
		from: '+61411111111',
		body: `message ${id}`,
		original_body: 'test msg',
		original_message_id: '1EF54639-F16D-681E-947A-4F4FCDFD2B87',
		to: '+61422222222',
		custom_string: '',
		message_id: id,
		_keyword: 'message',
		...extra,
	};
}

function receipt(id: string, timestamp: number, statusCode = '201'): IDataObject {
	return {
		timestamp_send: String(timestamp - 5),
		timestamp: String(timestamp),
		message_id: id,
		status_code: statusCode,
		status_text: 'Success: Message received on handset.',
		error_code: null,
		error_text: null,
		custom_string: null,
		message_type: 'voice',
		digits: 2,
	};
}

const ids = (output: Array<Array<{ json: IDataObject }>> | null) => (output?.[0] ?? []).map((item) => item.json.messageId);

describe('ClickSend Trigger — polling', () => {
	it('first activation records the cursor and emits nothing; three polls emit each event once', async () => {
		const rows = [inbound('OLD-1', 1700000000), inbound('OLD-2', 1700000100)];
		serve('/sms/inbound', rows);
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'inboundSms' });

		expect(await harness.poll()).toBeNull();
		expect(harness.nodeStaticData.cursor).toMatchObject({ timestamp: 1700000100 });

		// Poll 1: two new events, one of them at the cursor's very second.
		rows.push(inbound('NEW-1', 1700000100), inbound('NEW-2', 1700000200));
		const first = await harness.poll();
		expect(ids(first)).toEqual(['NEW-1', 'NEW-2']);
		expect(first![0][0].json).toMatchObject({
			event: 'inboundSms',
			from: '+61411111111',
			to: '+61422222222',
			body: 'message NEW-1',
			receivedAt: '2023-11-14T22:15:00.000Z',
		});

		// Poll 2: the same list plus one newer event (ClickSend keeps unread events listed).
		rows.push(inbound('NEW-3', 1700000300));
		expect(ids(await harness.poll())).toEqual(['NEW-3']);

		// Poll 3: nothing new.
		expect(await harness.poll()).toBeNull();
		expect(standIn.requestsTo('GET', '/sms/inbound')).toHaveLength(4);
		expect(standIn.requestsTo('GET', '/sms/inbound')[0].query).toMatchObject({ page: '1', limit: '100' });
		expect(standIn.requestsTo('PUT', '/sms/inbound-read')).toHaveLength(0);
	});

	it('an empty history on activation means every later event is new', async () => {
		const rows: IDataObject[] = [];
		serve('/sms/receipts', rows);
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'smsReceipt' });
		expect(await harness.poll()).toBeNull();
		rows.push(receipt('R-1', 1700000000, '200'), receipt('R-1', 1700000050, '201'));
		const output = await harness.poll();
		expect(output![0].map((item) => item.json.status)).toEqual(['queued', 'delivered']);
		expect(await harness.poll()).toBeNull();
	});

	it('when the run fails, n8n keeps the old cursor and the next poll emits the events again', async () => {
		const rows = [inbound('OLD', 1700000000)];
		serve('/sms/inbound', rows);
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'inboundSms' });
		await harness.poll();
		rows.push(inbound('NEW', 1700000100));
		expect(ids(await harness.poll({ runFails: true }))).toEqual(['NEW']);
		expect(ids(await harness.poll())).toEqual(['NEW']);
		expect(await harness.poll()).toBeNull();
	});

	it('Mark As Read sends PUT /sms/inbound-read with date_before after emitting', async () => {
		const rows = [inbound('OLD', 1700000000)];
		serve('/sms/inbound', rows);
		const harness = new TriggerHarness(standIn.baseUrl, {
			mode: 'polling',
			event: 'inboundSms',
			options: { markAsRead: true },
		});
		await harness.poll();
		expect(standIn.requestsTo('PUT', '/sms/inbound-read')).toHaveLength(0);
		rows.push(inbound('NEW', 1700000500));
		await harness.poll();
		const [markRead] = standIn.requestsTo('PUT', '/sms/inbound-read');
		expect(markRead.body).toEqual({ date_before: 1700000500 });
	});

	it('inbound SMS polling applies the dedicated number and message match filters', async () => {
		const rows: IDataObject[] = [];
		serve('/sms/inbound', rows);
		const harness = new TriggerHarness(standIn.baseUrl, {
			mode: 'polling',
			event: 'inboundSms',
			dedicatedNumber: '+61422222222',
			messageSearchType: 1,
			messageSearchTerm: 'order',
		});
		await harness.poll();
		rows.push(
			inbound('A', 1700000001, { body: 'ORDER 1' }),
			inbound('B', 1700000002, { body: 'hello' }),
			inbound('C', 1700000003, { body: 'order 2', to: '+61433333333' }),
		);
		expect(ids(await harness.poll())).toEqual(['A']);
	});

	it.each([
		['voiceReceipt', '/voice/receipts'],
		['faxReceipt', '/fax/receipts'],
	])('%s polls %s (one request: the spec lists no paging there)', async (event, path) => {
		const rows = [receipt('OLD', 1442381791)];
		serve(path, rows);
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event });
		await harness.poll();
		rows.push(receipt('NEW', 1442381829));
		const output = await harness.poll();
		expect(ids(output)).toEqual(['NEW']);
		expect(output![0][0].json).toMatchObject({ event, status: 'delivered', digits: 2 });
		expect(standIn.requestsTo('GET', path)[0].query).toEqual({});
	});

	it('the default spec example of GET /voice/receipts is accepted as is', async () => {
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'voiceReceipt' });
		expect(await harness.poll()).toBeNull();
		expect(harness.nodeStaticData.cursor).toMatchObject({ timestamp: 1442381829 });
	});

	it('a manual run returns the latest event so its fields can be mapped, without moving the cursor', async () => {
		serve('/sms/inbound', [inbound('B', 1700000200), inbound('A', 1700000100)]);
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'inboundSms' });
		const result = await harness.manualRun();
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.messageId)).toEqual(['B']);
		expect(harness.nodeStaticData.cursor).toBeUndefined();
	});

	it('a manual run with nothing to show says so', async () => {
		serve('/sms/receipts', []);
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'smsReceipt' });
		const result = await harness.manualRun();
		expect(result.error?.message).toContain('No SMS Delivery Receipt is waiting in ClickSend yet');
	});

	it('webhook-only events explain themselves in polling mode', async () => {
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'polling', event: 'inboundFax' });
		await expect(harness.poll()).rejects.toThrow('Inbound Fax can only be received by webhook');
		expect(standIn.requests).toHaveLength(0);
	});

	it('in webhook mode the scheduled poll does nothing', async () => {
		const harness = new TriggerHarness(standIn.baseUrl, { mode: 'webhook', event: 'inboundSms' });
		expect(await harness.poll()).toBeNull();
		expect(standIn.requests).toHaveLength(0);
	});
});
