import type { IDataObject } from 'n8n-workflow';

import { runClickSend } from '../harness/engine';
import type { ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

/** A page of a ClickSend list, as ClickSend's API reference shows it. */
function page(rows: IDataObject[], currentPage = 1, lastPage = 1): ScriptedResponse {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are your data.',
			data: {
				total: rows.length,
				per_page: 100,
				current_page: currentPage,
				last_page: lastPage,
				from: 1,
				to: rows.length,
				data: rows,
			},
		},
	};
}

const sms = (operation: string, extra: IDataObject = {}) => ({
	resource: 'sms',
	operation,
	...extra,
});

describe('SMS → Cancel', () => {
	it('cancels one scheduled message with PUT /sms/{message_id}/cancel', async () => {
		const messageId = '1ABC3200-C38C-6308-BE4B-C7C51D01DCF0';
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('cancel', { messageId }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', `/sms/${messageId}/cancel`)).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			cancelled: true,
			message_id: messageId,
			response_msg: expect.any(String),
		});
	});

	it("reports ClickSend's error for an unknown message", async () => {
		api.standIn.on('PUT', /^\/sms\/.+\/cancel$/, {
			status: 404,
			body: {
				http_code: 404,
				response_code: 'NOT_FOUND',
				response_msg: 'Message not found.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('cancel', { messageId: 'nope' }),
		});
		expect(result.error?.message).toBe('ClickSend: Message not found (NOT_FOUND)');
	});
});

describe('SMS → Cancel All', () => {
	it('cancels all scheduled SMS with PUT /sms/cancel-all', async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sms('cancelAll') });
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('PUT', '/sms/cancel-all');
		expect(request.body ?? {}).toEqual({});
		expect(result.items[0].json).toEqual({ count: 2 });
	});

	it('cancels only those with a custom string when one is given', async () => {
		await runClickSend(api.standIn.baseUrl, {
			parameters: sms('cancelAll', { customString: 'campaign-7' }),
		});
		expect(api.standIn.requestsTo('PUT', '/sms/cancel-all')[0].body).toEqual({
			custom_string: 'campaign-7',
		});
	});
});

describe('SMS → Get Many (history)', () => {
	it('sends the date range as Unix seconds and walks the pages for Return All', async () => {
		// The spec's example for /sms/history has `data` as a bare array; ClickSend's API reference describes a
		// normal page ({total, current_page, last_page, data[]}), which is what is scripted here.
		api.standIn.on('GET', '/sms/history', (request) =>
			request.query.page === '2'
				? page([{ message_id: 'B', status: 'Sent' }], 2, 2)
				: page([{ message_id: 'A', status: 'Sent' }], 1, 2),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAll', {
				returnAll: true,
				filters: {
					dateFrom: '2026-01-01T00:00:00Z',
					dateTo: '2026-01-31T23:59:59Z',
					status: 'Sent',
					newestFirst: true,
				},
			}),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.message_id)).toEqual(['A', 'B']);
		const requests = api.standIn.requestsTo('GET', '/sms/history');
		expect(requests).toHaveLength(2);
		for (const request of requests) {
			expect(request.query).toMatchObject({
				date_from: '1767225600',
				date_to: '1769903999',
				q: 'status:Sent',
				order_by: 'date:desc',
				limit: '100',
			});
		}
	});

	it('returns at most Limit messages', async () => {
		api.standIn.on(
			'GET',
			'/sms/history',
			page(Array.from({ length: 20 }, (_, i) => ({ message_id: `M${i}` }))),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAll', { returnAll: false, limit: 5 }),
		});
		expect(result.items).toHaveLength(5);
		expect(api.standIn.requestsTo('GET', '/sms/history')[0].query.limit).toBe('15');
	});

	it('Simplify (on by default) keeps the main fields; off returns everything', async () => {
		const row = {
			message_id: 'A',
			to: '+61411111111',
			status: 'Sent',
			carrier: 'Vodafone',
			user_id: 496596,
		};
		api.standIn.on('GET', '/sms/history', page([row]));
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAll', { returnAll: true }),
		});
		expect(simple.items[0].json).toEqual({ message_id: 'A', to: '+61411111111', status: 'Sent' });
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAll', { returnAll: true, simplify: false }),
		});
		expect(full.items[0].json).toEqual(row);
	});

	it('rejects an unparseable date before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAll', { filters: { dateFrom: 'yesterday-ish' } }),
		});
		expect(result.error?.message).toBe('Sent After "yesterday-ish" is not a date');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('SMS receipts', () => {
	it('Get Many Receipts lists GET /sms/receipts', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAllReceipts', { returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			message_id: 'D6D16B28-46AC-484A-AB0A-A08CD08EF75C',
			status_code: '201',
		});
	});

	it('pairs every listed row with the input item it was listed for', async () => {
		api.standIn.on('GET', '/sms/receipts', page([{ message_id: 'R1' }, { message_id: 'R2' }]));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAllReceipts', { returnAll: true }),
			items: [{ run: 'a' }, { run: 'b' }],
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.message_id, item.pairedItem])).toEqual([
			['R1', { item: 0 }],
			['R2', { item: 0 }],
			['R1', { item: 1 }],
			['R2', { item: 1 }],
		]);
	});

	it('Get Receipt reads GET /sms/receipts/{message_id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getReceipt', { messageId: 'D6D16B28-46AC-484A-AB0A-A08CD08EF75C' }),
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn.requestsTo('GET', '/sms/receipts/D6D16B28-46AC-484A-AB0A-A08CD08EF75C'),
		).toHaveLength(1);
		expect(result.items[0].json.status_text).toBe('Success: Message received on handset.');
	});

	it('Mark Receipts as Read sends date_before as Unix seconds', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('markReceiptsAsRead', { dateBefore: '2026-06-01T00:00:00Z' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms/receipts-read')[0].body).toEqual({
			date_before: 1780272000,
		});
		expect(result.items[0].json).toMatchObject({ marked_read: true });
	});

	it('Mark Receipts as Read without a date marks all', async () => {
		await runClickSend(api.standIn.baseUrl, { parameters: sms('markReceiptsAsRead') });
		expect(api.standIn.requestsTo('PUT', '/sms/receipts-read')[0].body ?? {}).toEqual({});
	});
});

describe('Inbound SMS', () => {
	it('Get Many Inbound lists GET /sms/inbound', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('getAllInbound', { returnAll: false, limit: 10 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			from: '+61123456789',
			original_message_id: expect.any(String),
		});
	});

	it('Mark Inbound as Read sends date_before as Unix seconds', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sms('markInboundAsRead', { dateBefore: '2026-06-01T10:00:00+10:00' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms/inbound-read')[0].body).toEqual({
			date_before: 1780272000,
		});
		expect(result.items[0].json).toMatchObject({ marked_read: true });
	});
});
