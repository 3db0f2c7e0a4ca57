import type { INodeParameters } from 'n8n-workflow';

import { runClickSend } from '../harness/engine';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const IN_A_YEAR = new Date(Date.now() + 365 * 24 * 3600 * 1000);
const IN_A_YEAR_SECONDS = Math.floor(IN_A_YEAR.getTime() / 1000);

function campaignParameters(overrides: INodeParameters = {}, operation = 'send'): INodeParameters {
	return {
		resource: 'emailCampaign',
		operation,
		listId: { __rl: true, mode: 'list', value: '456' },
		name: 'Spring sale',
		subject: '20% off',
		body: '<p>Our sale starts now.</p>',
		fromAddress: { __rl: true, mode: 'list', value: '2' },
		fromName: 'My Shop',
		...overrides,
	};
}

function ok(data: unknown) {
	return { status: 200, body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'OK', data } };
}

const CAMPAIGN = {
	email_campaign_id: 64,
	name: 'test email',
	subject: 'My test subject',
	list_id: 443,
	from_email_address_id: 2,
	from_name: 'Test name',
	template_id: null,
	schedule: '',
	status: 'Scheduled',
	body: '<p>This is a test</p>',
	open_count: 5,
};

describe('Email Campaign → Send', () => {
	it('posts the campaign to /email-campaigns/send with the list, sender, template and schedule', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({ options: { templateId: '31', schedule: IN_A_YEAR.toISOString() } }),
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/email-campaigns/send');
		expect(request.body).toEqual({
			// The spec types list_id, from_email_address_id and template_id as strings here (the seed
			// docs say numbers); ClickSend accepts both, the spec check only strings.
			list_id: '456',
			name: 'Spring sale',
			subject: '20% off',
			body: '<p>Our sale starts now.</p>',
			from_email_address_id: '2',
			from_name: 'My Shop',
			template_id: '31',
			// Not in the spec's schema for /send; the seed docs list it (integer, Unix seconds).
			schedule: IN_A_YEAR_SECONDS,
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends one campaign per input item, each list from the item', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({ listId: { __rl: true, mode: 'id', value: '={{ $json.list }}' } }),
			items: [{ list: 11 }, { list: 12 }],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email-campaigns/send').map((request) => (request.body as { list_id: string }).list_id)).toEqual([
			'11',
			'12',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Email Campaign → Calculate Price', () => {
	it('posts the same fields to /email-campaigns/price, without the schedule', async () => {
		api.standIn.on('POST', '/email-campaigns/price', ok({ total_count: 6, total_price: '0.0066', queued_count: 2 }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({ options: { schedule: IN_A_YEAR.toISOString() } }, 'calculatePrice'),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email-campaigns/send')).toHaveLength(0);
		const [request] = api.standIn.requestsTo('POST', '/email-campaigns/price');
		// The spec types schedule as a string on /price, the seeds as an integer; the price does not depend on it.
		expect(request.body).not.toHaveProperty('schedule');
		expect(request.body).toMatchObject({ list_id: '456', subject: '20% off' });
		expect(result.items[0].json).toMatchObject({ total_price: '0.0066' });
	});
});

describe('Email Campaign → Send: input checks before any request', () => {
	const cases: Array<[string, INodeParameters, RegExp]> = [
		['a contact list that is not an ID', { listId: { __rl: true, mode: 'id', value: '={{ "Customers" }}' } }, /^Contact List "Customers" is not a valid ID/],
		['an empty campaign name', { name: '={{ "" }}' }, /^Campaign Name is empty/],
		['an empty subject', { subject: '={{ " " }}' }, /^Subject is empty/],
		['an empty body', { body: '={{ "" }}' }, /^Body is empty/],
		['an empty from name', { fromName: '={{ "" }}' }, /^From Name is empty/],
		['a From Address that is not an ID', { fromAddress: { __rl: true, mode: 'id', value: '={{ "me@test.com" }}' } }, /^From Address "me@test.com" is not a valid ID/],
		['a template ID that is not a number', { options: { templateId: 'welcome' } }, /^Template ID "welcome" is not a valid ID/],
		['a schedule in the past', { options: { schedule: '2020-01-01T00:00:00Z' } }, /^Schedule .* is in the past/],
		['a schedule that is not a date', { options: { schedule: 'tomorrow-ish' } }, /^Schedule "tomorrow-ish" is not a date/],
	];
	it.each(cases)('rejects %s', async (_name, overrides, message) => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: campaignParameters(overrides) });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Campaign → Get, Get Many, Get History, Cancel', () => {
	it('Get reads GET /email-campaigns/{id}', async () => {
		api.standIn.on('GET', '/email-campaigns/64', ok(CAMPAIGN));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: ' 64 ' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email_campaign_id: 64, open_count: 5 });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('Get simplifies to the main fields unless Simplify is off', async () => {
		api.standIn.on('GET', '/email-campaigns/64', ok(CAMPAIGN));
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: '64' },
		});
		expect(Object.keys(simple.items[0].json).sort()).toEqual(['email_campaign_id', 'list_id', 'name', 'open_count', 'schedule', 'status', 'subject']);
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: '64', simplify: false },
		});
		expect(full.items[0].json).toEqual(CAMPAIGN);
	});

	it('Get rejects a campaign ID that is not a number', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: 'spring' },
		});
		expect(result.error?.message).toMatch(/^Campaign ID "spring" is not a valid ID/);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Get Many lists /email-campaigns, one item per campaign, up to Limit', async () => {
		api.standIn.on(
			'GET',
			'/email-campaigns',
			ok({ total: 20, per_page: 15, current_page: 1, last_page: 2, to: 15, data: Array.from({ length: 15 }, (_, i) => ({ email_campaign_id: i + 1 })) }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'getAll', limit: 3 },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.email_campaign_id)).toEqual([1, 2, 3]);
		expect(api.standIn.requestsTo('GET', '/email-campaigns')[0].query).toMatchObject({ page: '1', limit: '15' });
	});

	it('Get History lists the recipients of one campaign', async () => {
		api.standIn.on(
			'GET',
			'/email-campaigns/77/history',
			ok({ total: 2, per_page: 100, current_page: 1, last_page: 1, to: 2, data: [{ to_address: 'test1@test.com' }, { to_address: 'test2@test.com' }] }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'getHistory', campaignId: '77', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.to_address)).toEqual(['test1@test.com', 'test2@test.com']);
	});

	it('Cancel puts /email-campaigns/{id}/cancel and returns the cancelled campaign', async () => {
		api.standIn.on('PUT', '/email-campaigns/64/cancel', ok({ ...CAMPAIGN, status: 'Cancelled' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'cancel', campaignId: '64' },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/email-campaigns/64/cancel')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ email_campaign_id: 64, status: 'Cancelled' });
	});
});

describe('Email Campaign → Update', () => {
	it('reads the campaign and puts it back with the changed fields, numbers as integers', async () => {
		api.standIn.on('GET', '/email-campaigns/64', ok(CAMPAIGN));
		api.standIn.on('PUT', '/email-campaigns/64', (request) => ok({ ...CAMPAIGN, ...(request.body as object) }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: '64',
				updateFields: {
					subject: 'New subject',
					listId: { __rl: true, mode: 'list', value: '500' },
					schedule: IN_A_YEAR.toISOString(),
				},
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('PUT', '/email-campaigns/64');
		// The spec types the PUT body's IDs and schedule as integers (unlike /send).
		expect(request.body).toEqual({
			name: 'test email',
			subject: 'New subject',
			body: '<p>This is a test</p>',
			from_name: 'Test name',
			list_id: 500,
			from_email_address_id: 2,
			schedule: IN_A_YEAR_SECONDS,
		});
		expect(result.items[0].json).toMatchObject({ subject: 'New subject', list_id: 500 });
	});

	const cases: Array<[string, INodeParameters, RegExp]> = [
		['no field to change', {}, /^Update Fields is empty/],
		['an empty subject', { subject: '' }, /^Subject is empty/],
		['a list that is not an ID', { listId: { __rl: true, mode: 'id', value: 'abc' } }, /^Contact List "abc" is not a valid ID/],
		['a schedule in the past', { schedule: '2021-06-01T00:00:00Z' }, /^Schedule .* is in the past/],
	];
	it.each(cases)('rejects %s before any request', async (_name, updateFields, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'update', campaignId: '64', updateFields },
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('reports a campaign ClickSend does not have', async () => {
		api.standIn.on('GET', '/email-campaigns/99', {
			status: 404,
			body: { http_code: 404, response_code: 'NOT_FOUND', response_msg: 'Email campaign not found.', data: null },
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'update', campaignId: '99', updateFields: { subject: 'x' } },
		});
		expect(result.error?.message).toBe('ClickSend: NOT_FOUND - Email campaign not found.');
		expect(api.standIn.requestsTo('PUT', '/email-campaigns/99')).toHaveLength(0);
	});
});
