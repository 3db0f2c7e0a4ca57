import type { IDataObject } from 'n8n-workflow';

import { NOT_SUCCESS_200, PAGE_FAULTS } from '../harness/answers';
import { runClickSend } from '../harness/engine';
import type { RecordedRequest } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/**
 * Link Tracking (spec only; ClickSend's API reference has no page on short URLs): both answers
 * come without ClickSend's envelope, and Get Clicks pages by `next_page_url`.
 */
const api = useStandIn();

const MESSAGE_ID = '1EF50711-2787-68F4-8223-9F9C4393E380';
const LONG_URL_ID =
	'quick_sms-26d1bc9a-d858-4b93-9368-1f31377a78c5-5908b13f05e7318be49bd1cb3a693d7c';
const getClicks = (extra: IDataObject = {}) => ({
	resource: 'linkTracking',
	operation: 'getClicks',
	longUrlId: LONG_URL_ID,
	...extra,
});

describe('Link Tracking → Get Statistics', () => {
	it('GET /short-url/statistics/quick_sms/{message_id}: one item per link', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'linkTracking',
				operation: 'getStatistics',
				messageId: ` ${MESSAGE_ID} `,
			},
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn.requestsTo('GET', `/short-url/statistics/quick_sms/${MESSAGE_ID}`),
		).toHaveLength(1);
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({
			message_id: MESSAGE_ID,
			long_url_id: expect.stringMatching(/^quick_sms-/),
			links: { total: 2 },
		});
	});

	it.each([
		['empty', '={{ "" }}', 'Message ID is empty'],
		['with a slash', 'a/b', 'Message ID "a/b" is not a valid ID'],
	])('a message ID %s is refused before any request', async (_name, messageId, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'linkTracking', operation: 'getStatistics', messageId },
		});
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('a 200 with a JSON body without data is no links, an HTML page an error', async () => {
		api.standIn.on('GET', /^\/short-url\/statistics\//, { status: 200, body: { data: [] } });
		const empty = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'linkTracking', operation: 'getStatistics', messageId: MESSAGE_ID },
		});
		expect(empty.items).toHaveLength(0);
		const [, html, message] = NOT_SUCCESS_200[2];
		api.standIn.on('GET', /^\/short-url\/statistics\//, html);
		const failed = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'linkTracking', operation: 'getStatistics', messageId: MESSAGE_ID },
		});
		expect(failed.error?.message).toBe(message);
	});
});

describe('Link Tracking → Get Clicks', () => {
	const path = `/short-url/tracking/${LONG_URL_ID}`;
	/** 250 clicks, 100 a page, linked by `offset` like the spec's example. */
	const clicks = (request: RecordedRequest) => {
		const start = Number(request.query.offset ?? 0);
		const rows = Array.from({ length: Math.min(100, 250 - start) }, (_, i) => ({
			open_count: 1,
			contact: { contact_id: String(start + i + 1) },
		}));
		const next = start + 100 < 250 ? start + 100 : undefined;
		return {
			status: 200,
			body: {
				total: 250,
				per_page: 100,
				data: rows,
				next_page_url:
					next === undefined
						? null
						: `https://rest.clicksend.com/v3${path}?offset=${next}&limit=100&direction=forward`,
			},
		};
	};

	it('Return All follows next_page_url; each click once', async () => {
		api.standIn.on('GET', path, clicks);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: getClicks({ returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(
			result.items.map((item) => (item.json.contact as { contact_id: string }).contact_id),
		).toEqual(Array.from({ length: 250 }, (_, i) => String(i + 1)));
		expect(api.standIn.requestsTo('GET', path).map((r) => r.query)).toEqual([
			{},
			{ offset: '100', limit: '100', direction: 'forward' },
			{ offset: '200', limit: '100', direction: 'forward' },
		]);
	});

	it.each(PAGE_FAULTS)(
		'Return All with %s on page 2: asked again as that page',
		async (_name, answer) => {
			api.standIn.on('GET', path, clicks);
			api.standIn.on(
				'GET',
				path,
				(request) => (request.query.offset === '100' ? answer : undefined),
				1,
			);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: getClicks({ returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(250);
			expect(api.standIn.requestsTo('GET', path).map((r) => r.query.offset)).toEqual([
				undefined,
				'100',
				'100',
				'200',
			]);
		},
		20_000,
	);

	it('Limit stops after the page that holds enough', async () => {
		api.standIn.on('GET', path, clicks);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: getClicks({ limit: 120 }),
		});
		expect(result.items).toHaveLength(120);
		expect(api.standIn.requestsTo('GET', path)).toHaveLength(2);
	});

	it('the spec example (unscripted) gives its two clicks', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: getClicks({ limit: 2 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ open_count: 5, user_device: 'mobile' });
	});

	it('a Long URL ID mapped as an object is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: getClicks({ longUrlId: '={{ { id: 1 } }}' }),
		});
		expect(result.error?.message).toMatch(/^Long URL ID received an object/);
		expect(api.standIn.requests).toHaveLength(0);
	});
});
