import { getGlobalState } from 'n8n-workflow';

import { success } from '../harness/answers';
import { runClickSend, TEST_API_KEY, TEST_USERNAME } from '../harness/engine';
import { FAULTS, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

describe('Account → Get', () => {
	it('returns the account from GET /account with Basic auth from the credential', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			user_id: expect.any(Number),
			username: expect.any(String),
		});
		const [request] = api.standIn.requestsTo('GET', '/account');
		expect(request.headers.authorization).toBe(
			`Basic ${Buffer.from(`${TEST_USERNAME}:${TEST_API_KEY}`).toString('base64')}`,
		);
	});

	it('Simplify (on by default) keeps ten main fields; off returns everything ClickSend sent', async () => {
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(Object.keys(simple.items[0].json).length).toBeLessThanOrEqual(10);
		expect(simple.items[0].json).toMatchObject({
			user_id: expect.any(Number),
			balance: expect.anything(),
		});
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get', simplify: false },
		});
		expect(Object.keys(full.items[0].json).length).toBeGreaterThan(10);
		expect(full.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Account → Get Usage', () => {
	const usage = (extra: object = {}) => ({ resource: 'account', operation: 'getUsage', ...extra });
	const usageRequests = () => api.standIn.requestsTo('GET', /^\/account\/usage\//);

	/** Year and month `monthsBack` months before now, in n8n's default time zone (the workflow's). */
	function monthsAgo(monthsBack: number): string {
		const parts = new Intl.DateTimeFormat('en-US', {
			timeZone: getGlobalState().defaultTimezone,
			year: 'numeric',
			month: 'numeric',
		}).formatToParts(new Date());
		const index =
			Number(parts.find((part) => part.type === 'year')!.value) * 12 +
			Number(parts.find((part) => part.type === 'month')!.value) -
			1 -
			monthsBack;
		return `/account/usage/${Math.floor(index / 12)}/${(index % 12) + 1}/subaccount`;
	}

	it('returns one item per sub-account with count and price per channel, for a chosen month', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: usage({ period: 'month', month: '2026-04' }),
		});
		expect(result.error).toBeUndefined();
		// The month goes without a leading zero, as in ClickSend's example ("4").
		expect(usageRequests().map((request) => request.path)).toEqual([
			'/account/usage/2026/4/subaccount',
		]);
		// From the spec's example: sub-accounts 1039 and 1047; strings like "29.00" become numbers.
		expect(result.items.map((item) => item.json)).toEqual([
			{
				year: 2026,
				month: 4,
				subaccount_id: 1039,
				username: 'gerald',
				sms_count: 29,
				sms_price: 2.1337,
				mms_count: 0,
				mms_price: 0,
				voice_count: 6,
				voice_price: 0.198,
				fax_count: 3,
				fax_price: 0.6943,
				post_count: 10,
				post_price: 8.5624,
				email_count: 3992,
				email_price: 9.002,
				email_transactional_count: 0,
				email_transactional_price: 0,
				postcards_count: 0,
				postcards_price: 0,
				total_price: 20.5904,
				currency: 'AUD',
			},
			expect.objectContaining({
				subaccount_id: 1047,
				username: 'user5',
				sms_count: 4,
				email_count: 998,
				total_price: 3.131,
			}),
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it("reads prices given as text (ClickSend's reference) as numbers", async () => {
		api.standIn.on(
			'GET',
			/^\/account\/usage\//,
			success({
				sms: [
					{
						subaccount_id: 7,
						username: 'agency-client',
						total_count: '12.00',
						total_price: '0.9504',
					},
				],
				sms_total: { count: 12, price: '0.9504' },
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: usage({ period: 'month', month: '2026-01' }),
		});
		expect(result.items.map((item) => item.json)).toEqual([
			{
				year: 2026,
				month: 1,
				subaccount_id: 7,
				username: 'agency-client',
				sms_count: 12,
				sms_price: 0.9504,
				total_price: 0.9504,
			},
		]);
	});

	it("Output → ClickSend's Answer returns the lists and totals as one item", async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: usage({ period: 'month', month: '2026-04-15', output: 'raw' }),
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			year: 2026,
			month: 4,
			sms_total: { count: 1, price: 0 },
			sms: expect.any(Array),
		});
	});

	it('Last Month (the default) and This Month ask for the month in the workflow time zone', async () => {
		await runClickSend(api.standIn.baseUrl, { parameters: usage() });
		await runClickSend(api.standIn.baseUrl, { parameters: usage({ period: 'thisMonth' }) });
		expect(usageRequests().map((request) => request.path)).toEqual([monthsAgo(1), monthsAgo(0)]);
	});

	it.each([
		['month 13', '2026-13', /^Year and Month "2026-13" is not a month \(there is no month 13\)$/],
		[
			'an impossible date',
			'2031-02-30',
			/^Year and Month "2031-02-30" is not a date \(February 2031 has 28 days\)$/,
		],
		['text', 'last month', /^Year and Month "last month" is not a month$/],
		['an object', '={{ { year: 2026, month: 4 } }}', /^Year and Month received an object/],
		['empty (a missing mapped value)', '={{ $json.missing }}', /^Year and Month is empty$/],
		['a month to come', '2999-01', /^Year and Month 2999-01 has not started yet$/],
	])('%s is refused before any request', async (_name, month, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: usage({ period: 'month', month }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		[
			'a 200 whose response_code is not SUCCESS',
			{
				status: 200,
				body: {
					http_code: 200,
					response_code: 'FORBIDDEN',
					response_msg: 'Only the main account.',
					data: null,
				},
			},
			'ClickSend: Only the main account (FORBIDDEN)',
		],
		[
			'a 200 with an HTML page',
			FAULTS.raw(
				200,
				'<!doctype html><html><head><title>Maintenance</title></head></html>',
				'text/html',
			),
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		],
	])('%s is an error carrying the code', async (_name, answer, message) => {
		api.standIn.on('GET', /^\/account\/usage\//, answer as ScriptedResponse);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: usage({ period: 'month', month: '2026-04' }),
		});
		expect(result.error?.message).toBe(message);
		expect(usageRequests()).toHaveLength(1);
	});

	it('a month without usage returns no items', async () => {
		api.standIn.on(
			'GET',
			/^\/account\/usage\//,
			success({ sms: [], voice: [], sms_total: { count: 0, price: 0 } }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: usage({ period: 'month', month: '2026-02' }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(0);
	});
});
