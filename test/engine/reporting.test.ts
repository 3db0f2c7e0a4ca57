import type { IDataObject } from 'n8n-workflow';

import { BAD_IDS, NOT_SUCCESS_200, PAGE_FAULTS, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { useStandIn } from '../harness/use-stand-in';

/** Reporting: SMS and voice statistics, message history exports; against the spec-checked stand-in. */
const api = useStandIn();

const reporting = (operation: string, extra: IDataObject = {}) => ({
	resource: 'reporting',
	operation,
	...extra,
});

describe('Reporting → Get Statistics', () => {
	it.each([
		['sms', '/statistics/sms'],
		['voice', '/statistics/voice'],
	])('%s: GET %s, one item with totals and days', async (channel, path) => {
		// The per-day rows are `stats` in the spec (the stand-in's answer) and `stat` in ClickSend's
		// API reference's SMS example: the node passes ClickSend's answer on as it is.
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('getStatistics', { channel }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', path)).toHaveLength(1);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			channel,
			total: { outbound: { count: 1 } },
			stats: expect.any(Array),
		});
	});

	it.each(PAGE_FAULTS)(
		'a read: retried after %s',
		async (_name, answer) => {
			api.standIn.on('GET', '/statistics/sms', answer, 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: reporting('getStatistics', { channel: 'sms' }),
			});
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('GET', '/statistics/sms')).toHaveLength(2);
		},
		20_000,
	);

	it.each(NOT_SUCCESS_200)('a 200 with %s is an error', async (_name, answer, message) => {
		api.standIn.on('GET', '/statistics/voice', answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('getStatistics', { channel: 'voice' }),
		});
		expect(result.error?.message).toBe(message);
	});

	it('a channel mapped that is not one is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('getStatistics', { channel: '={{ "fax" }}' }),
		});
		expect(result.error?.message).toBe('Channel "fax" is not valid');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Reporting → Export History', () => {
	it.each([
		['sms', '/sms/history/export'],
		['mms', '/mms/history/export'],
		['voice', '/voice/history/export'],
		['letter', '/post/letters/history/export'],
	])('%s: GET %s with filename and the dates as Unix seconds', async (channel, path) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('exportHistory', {
				channel,
				fileName: 'june.csv',
				filters: { dateFrom: '2026-06-01T00:00:00Z', dateTo: '2026-06-30T23:59:59Z' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', path)[0].query).toEqual({
			filename: 'june.csv',
			date_from: '1780272000',
			date_to: '1782863999',
		});
		expect(result.items[0].json).toMatchObject({ channel, url: expect.stringMatching(/^https:/) });
	});

	it.each([
		['email', '/email/history/export'],
		['postcard', '/post/postcards/history/export'],
	])("%s: GET %s with the filename ClickSend's API reference requires", async (channel, path) => {
		// The spec lists no query parameters for these two; ClickSend's API reference requires
		// `filename` (and dates for email). Prism accepts undeclared query parameters.
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('exportHistory', { channel }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', path)[0].query).toEqual({ filename: 'history.csv' });
		expect(result.items[0].json.url).toEqual(expect.any(String));
	});

	it("an email campaign: its ID in the path, no filename (ClickSend's API reference)", async () => {
		api.standIn.on(
			'GET',
			'/email-campaigns/428/history/export',
			success(
				{ url: 'https://rest.clicksend.com/files/ABC?filename=export.csv' },
				'Download your file here.',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('exportHistory', {
				channel: 'emailCampaign',
				campaignId: fromList('428'),
				filters: { dateFrom: 1780272000 },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/email-campaigns/428/history/export')[0].query).toEqual({
			date_from: '1780272000',
		});
		expect(result.items[0].json).toEqual({
			channel: 'emailCampaign',
			url: 'https://rest.clicksend.com/files/ABC?filename=export.csv',
			response_msg: 'Download your file here.',
		});
	});

	it.each([
		[
			'an impossible date',
			{ filters: { dateFrom: '2026-02-30' } },
			/^Sent After "2026-02-30" is not a date \(February 2026 has 28 days\)$/,
		],
		['an empty file name', { fileName: '={{ "" }}' }, /^File Name is empty$/],
		[
			'a file name with a folder',
			{ fileName: '../x.csv' },
			/^File Name "..\/x.csv" is not a file name$/,
		],
		[
			'a file name mapped as an object',
			{ fileName: '={{ { a: 1 } }}' },
			/^File Name received an object/,
		],
	])('%s is refused before any request', async (_name, change, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('exportHistory', { channel: 'sms', ...change }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(BAD_IDS)('an email campaign ID %s sends nothing', async (_what, value, tail) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: reporting('exportHistory', {
				channel: 'emailCampaign',
				campaignId: byId('={{ $json.id }}'),
			}),
			items: [{ id: value }],
		});
		expect(result.error?.message).toBe(`Email Campaign${tail}`);
		expect(api.standIn.requests).toHaveLength(0);
	});
});
