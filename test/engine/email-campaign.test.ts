import type { INodeParameters } from 'n8n-workflow';

import { BAD_IDS, failure, onPage, PAGE_FAULTS, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const IN_A_YEAR = new Date(Date.now() + 365 * 24 * 3600 * 1000);
const IN_A_YEAR_SECONDS = Math.floor(IN_A_YEAR.getTime() / 1000);

function campaignParameters(overrides: INodeParameters = {}, operation = 'send'): INodeParameters {
	return {
		resource: 'emailCampaign',
		operation,
		listId: fromList('456'),
		name: 'Spring sale',
		subject: '20% off',
		body: '<p>Our sale starts now.</p>',
		fromAddress: fromList('2'),
		fromName: 'My Shop',
		...overrides,
	};
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

/** Campaign 64 as ClickSend has it (GET), and as PUT leaves it with the request's changes. */
function answerCampaign64(): void {
	api.standIn.on('GET', '/email-campaigns/64', success(CAMPAIGN));
	api.standIn.on('PUT', '/email-campaigns/64', (request) =>
		success({ ...CAMPAIGN, ...(request.body as object) }),
	);
}

describe('Email Campaign → Send', () => {
	it('posts the campaign to /email-campaigns/send with the list, sender, template and schedule', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({
				options: { templateId: '31', schedule: IN_A_YEAR.toISOString() },
			}),
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/email-campaigns/send');
		expect(request.body).toEqual({
			// The spec types list_id, from_email_address_id and template_id as strings here (ClickSend's
			// API reference says numbers); ClickSend accepts both, the spec check only strings.
			list_id: '456',
			name: 'Spring sale',
			subject: '20% off',
			body: '<p>Our sale starts now.</p>',
			from_email_address_id: '2',
			from_name: 'My Shop',
			template_id: '31',
			// Not in the spec's schema for /send; ClickSend's API reference lists it (integer, Unix seconds).
			schedule: IN_A_YEAR_SECONDS,
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends one campaign per input item, each list from the item', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({
				listId: byId('={{ $json.list }}'),
			}),
			items: [{ list: 11 }, { list: 12 }],
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn
				.requestsTo('POST', '/email-campaigns/send')
				.map((request) => (request.body as { list_id: string }).list_id),
		).toEqual(['11', '12']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Email Campaign → Calculate Price', () => {
	it('posts the same fields to /email-campaigns/price, without the schedule', async () => {
		api.standIn.on(
			'POST',
			'/email-campaigns/price',
			success({ total_count: 6, total_price: '0.0066', queued_count: 2 }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters(
				{ options: { schedule: IN_A_YEAR.toISOString() } },
				'calculatePrice',
			),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email-campaigns/send')).toHaveLength(0);
		const [request] = api.standIn.requestsTo('POST', '/email-campaigns/price');
		// The spec types schedule as a string on /price, the API reference as an integer; the price does not depend on it.
		expect(request.body).not.toHaveProperty('schedule');
		expect(request.body).toMatchObject({ list_id: '456', subject: '20% off' });
		expect(result.items[0].json).toMatchObject({ total_price: '0.0066' });
	});
});

describe('Email Campaign → Send: input checks before any request', () => {
	const cases: Array<[string, INodeParameters, RegExp]> = [
		[
			'a contact list that is not an ID',
			{ listId: byId('={{ "Customers" }}') },
			/^Contact List "Customers" is not a valid ID/,
		],
		['an empty campaign name', { name: '={{ "" }}' }, /^Campaign Name is empty/],
		['an empty subject', { subject: '={{ " " }}' }, /^Subject is empty/],
		['an empty body', { body: '={{ "" }}' }, /^Body is empty/],
		['an empty from name', { fromName: '={{ "" }}' }, /^From Name is empty/],
		[
			'a From Address that is not an ID',
			{ fromAddress: byId('={{ "me@test.com" }}') },
			/^From Address "me@test.com" is not a valid ID/,
		],
		// Template is a picker now (as SMS Template's), named "Template"; a plain ID string still works.
		[
			'a template ID that is not a number',
			{ options: { templateId: 'welcome' } },
			/^Template "welcome" is not a valid ID/,
		],
		[
			'a schedule in the past',
			{ options: { schedule: '2020-01-01T00:00:00Z' } },
			/^Schedule .* is in the past/,
		],
		[
			'a schedule that is not a date',
			{ options: { schedule: 'tomorrow-ish' } },
			/^Schedule "tomorrow-ish" is not a date/,
		],
	];
	it.each(cases)('rejects %s', async (_name, overrides, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters(overrides),
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Campaign → Get, Get Many, Get History, Cancel', () => {
	it('Get reads GET /email-campaigns/{id}', async () => {
		api.standIn.on('GET', '/email-campaigns/64', success(CAMPAIGN));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: ' 64 ' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ email_campaign_id: 64, open_count: 5 });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('Get simplifies to the main fields unless Simplify is off', async () => {
		api.standIn.on('GET', '/email-campaigns/64', success(CAMPAIGN));
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: '64' },
		});
		expect(Object.keys(simple.items[0].json).sort()).toEqual([
			'email_campaign_id',
			'list_id',
			'name',
			'open_count',
			'schedule',
			'status',
			'subject',
		]);
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'get',
				campaignId: '64',
				simplify: false,
			},
		});
		expect(full.items[0].json).toEqual(CAMPAIGN);
	});

	it('Get rejects a campaign ID that is not a number', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: 'spring' },
		});
		// Campaign is a picker now (as SMS Campaign's), named "Campaign"; a plain ID string still works.
		expect(result.error?.message).toMatch(/^Campaign "spring" is not a valid ID/);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Get Many lists /email-campaigns, one item per campaign, up to Limit', async () => {
		api.standIn.on(
			'GET',
			'/email-campaigns',
			success({
				total: 20,
				per_page: 15,
				current_page: 1,
				last_page: 2,
				to: 15,
				data: Array.from({ length: 15 }, (_, i) => ({ email_campaign_id: i + 1 })),
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'getAll', limit: 3 },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.email_campaign_id)).toEqual([1, 2, 3]);
		expect(api.standIn.requestsTo('GET', '/email-campaigns')[0].query).toMatchObject({
			page: '1',
			limit: '15',
		});
	});

	it('Get History lists the recipients of one campaign', async () => {
		api.standIn.on(
			'GET',
			'/email-campaigns/77/history',
			success({
				total: 2,
				per_page: 100,
				current_page: 1,
				last_page: 1,
				to: 2,
				data: [{ to_address: 'test1@test.com' }, { to_address: 'test2@test.com' }],
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'getHistory',
				campaignId: '77',
				returnAll: true,
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.to_address)).toEqual([
			'test1@test.com',
			'test2@test.com',
		]);
	});

	it('Cancel puts /email-campaigns/{id}/cancel and returns the cancelled campaign', async () => {
		api.standIn.on(
			'PUT',
			'/email-campaigns/64/cancel',
			success({ ...CAMPAIGN, status: 'Cancelled' }),
		);
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
		answerCampaign64();
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: '64',
				updateFields: {
					subject: 'New subject',
					listId: fromList('500'),
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
		['a list that is not an ID', { listId: byId('abc') }, /^Contact List "abc" is not a valid ID/],
		['a schedule in the past', { schedule: '2021-06-01T00:00:00Z' }, /^Schedule .* is in the past/],
	];
	it.each(cases)('rejects %s before any request', async (_name, updateFields, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: '64',
				updateFields,
			},
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('reports a campaign ClickSend does not have', async () => {
		api.standIn.on('GET', '/email-campaigns/99', {
			status: 404,
			body: {
				http_code: 404,
				response_code: 'NOT_FOUND',
				response_msg: 'Email campaign not found.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: '99',
				updateFields: { subject: 'x' },
			},
		});
		expect(result.error?.message).toBe('ClickSend: Email campaign not found (NOT_FOUND)');
		expect(api.standIn.requestsTo('PUT', '/email-campaigns/99')).toHaveLength(0);
	});
});

describe('Email Campaign: IDs mapped wrongly are refused before any request', () => {
	const operations = ['get', 'getHistory', 'cancel', 'update'];
	it.each(
		operations.flatMap((operation) =>
			BAD_IDS.map(([name, value, message]) => [operation, name, value, message] as const),
		),
	)('%s: a Campaign that is %s', async (operation, _name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			items: [{ id }],
			parameters: {
				resource: 'emailCampaign',
				operation,
				campaignId: byId('={{ $json.id }}'),
				updateFields: { subject: 'x' },
			},
		});
		expect(result.error?.message).toBe(`Campaign${message}`);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(BAD_IDS)('Send: a Contact List that is %s', async (_name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			items: [{ id }],
			parameters: campaignParameters({ listId: byId('={{ $json.id }}') }),
		});
		expect(result.error?.message).toBe(`Contact List${message}`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(BAD_IDS)('Send: a Template that is %s', async (_name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			items: [{ id }],
			parameters: campaignParameters({ options: { templateId: byId('={{ $json.id }}') } }),
		});
		expect(result.error?.message).toBe(`Template${message}`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(BAD_IDS)('Update: a From Address that is %s', async (_name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			items: [{ id }],
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: '64',
				updateFields: { fromAddress: byId('={{ $json.id }}') },
			},
		});
		expect(result.error?.message).toBe(`From Address${message}`);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Campaign: text and dates mapped wrongly are refused before any request', () => {
	const sendCases: Array<[string, INodeParameters, RegExp]> = [
		[
			'an object mapped into Campaign Name',
			{ name: '={{ { name: "Sale" } }}' },
			/^Campaign Name received an object \{"name":"Sale"\} instead of text/,
		],
		[
			'a list mapped into Subject',
			{ subject: '={{ ["a", "b"] }}' },
			/^Subject received a list of 2 values instead of text/,
		],
		[
			'an object mapped into Body',
			{ body: '={{ { html: "x" } }}' },
			/^Body received an object \{"html":"x"\} instead of text/,
		],
		[
			'an impossible schedule date',
			{ options: { schedule: '2031-02-30T08:00:00+10:00' } },
			/^Schedule "2031-02-30T08:00:00\+10:00" is not a date \(February 2031 has 28 days\)/,
		],
	];
	it.each(sendCases)('Send: %s', async (_name, overrides, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters(overrides),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	const updateCases: Array<[string, INodeParameters, RegExp]> = [
		[
			'an object mapped into Subject',
			{ subject: '={{ { a: 1 } }}' },
			/^Subject received an object \{"a":1\} instead of text/,
		],
		[
			'an impossible schedule date',
			{ schedule: '2031-02-30' },
			/^Schedule "2031-02-30" is not a date \(February 2031 has 28 days\)/,
		],
	];
	it.each(updateCases)('Update: %s', async (_name, updateFields, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: '64',
				updateFields,
			},
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email Campaign → Send: a failed request is never sent twice, and the error says what was sent', () => {
	it('a 500 on the second campaign stops the run: not sent again; item 0 accepted, item 1 may have been, item 2 not sent', async () => {
		let count = 0;
		api.standIn.on('POST', '/email-campaigns/send', () =>
			++count === 2 ? failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }) : undefined,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({ listId: byId('={{ $json.list }}') }),
			items: [{ list: 11 }, { list: 12 }, { list: 13 }],
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(result.error?.description).toContain(
			'item 0: accepted by ClickSend; item 1: may have been accepted (the request failed without a clear answer); item 2: not sent',
		);
		expect(
			api.standIn
				.requestsTo('POST', '/email-campaigns/send')
				.map((request) => (request.body as { list_id: string }).list_id),
		).toEqual(['11', '12']);
	});

	it('a 200 whose response_code is not SUCCESS is an error carrying the code; nothing was sent', async () => {
		api.standIn.on('POST', '/email-campaigns/send', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'NOT_ENOUGH_PERMISSION_TO_LIST_ID',
				response_msg: 'No access to this list.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, { parameters: campaignParameters() });
		expect(result.error?.message).toBe(
			'This account cannot use that contact list (NOT_ENOUGH_PERMISSION_TO_LIST_ID)',
		);
		expect(result.error?.description).toContain('Nothing of this run was sent.');
		expect(api.standIn.requestsTo('POST', '/email-campaigns/send')).toHaveLength(1);
	});

	it('a send answered 200 with an HTML page is not sent again and may have been accepted', async () => {
		api.standIn.on('POST', '/email-campaigns/send', FAULTS.html(200, 'Gateway'));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: campaignParameters() });
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Gateway" (NOT_CLICKSEND_ANSWER)',
		);
		expect(result.error?.description).toContain('item 0: may have been accepted');
		expect(api.standIn.requestsTo('POST', '/email-campaigns/send')).toHaveLength(1);
	});

	it('Calculate Price (sends nothing) is asked again after a 500', async () => {
		api.standIn.on(
			'POST',
			'/email-campaigns/price',
			success({ total_count: 6, total_price: '0.0066' }),
		);
		api.standIn.on(
			'POST',
			'/email-campaigns/price',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaignParameters({}, 'calculatePrice'),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/email-campaigns/price')).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ total_price: '0.0066' });
	});
});

describe('Email Campaign → Get, Get Many, Get History: answers and pages', () => {
	it('Get reports a 200 with malformed JSON as an error, summarised', async () => {
		api.standIn.on('GET', '/email-campaigns/64', FAULTS.raw(200, '<<not json>>', 'text/plain'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'get', campaignId: byId('64') },
		});
		expect(result.error?.message).toMatch(
			/^The answer did not come from ClickSend's API: HTTP 200 with a body that is not JSON/,
		);
	});

	it.each([0, -1, 'abc'])('Get Many rejects Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'emailCampaign', operation: 'getAll', limit },
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(PAGE_FAULTS)(
		'Get Many with Return All returns every campaign once when page 2 fails once with %s',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/email-campaigns',
				pagedList(250, (i) => ({ email_campaign_id: i + 1 })),
			);
			api.standIn.on('GET', '/email-campaigns', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'emailCampaign', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.email_campaign_id)).toEqual(
				Array.from({ length: 250 }, (_, i) => i + 1),
			);
		},
	);

	it.each(PAGE_FAULTS)(
		'Get History with Return All returns every recipient once when page 2 fails once with %s',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/email-campaigns/64/history',
				pagedList(230, (i) => ({ to_address: `test${i}@test.com` })),
			);
			api.standIn.on('GET', '/email-campaigns/64/history', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: {
					resource: 'emailCampaign',
					operation: 'getHistory',
					campaignId: byId('64'),
					returnAll: true,
				},
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.to_address)).toEqual(
				Array.from({ length: 230 }, (_, i) => `test${i}@test.com`),
			);
			expect(
				api.standIn
					.requestsTo('GET', '/email-campaigns/64/history')
					.map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
	);
});

describe('Email Campaign → Update: pickers', () => {
	it('sends the Template and From Address picked from the lists as integers', async () => {
		answerCampaign64();
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'emailCampaign',
				operation: 'update',
				campaignId: fromList('64'),
				updateFields: {
					templateId: fromList('281'),
					fromAddress: byId('5'),
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/email-campaigns/64')[0].body).toMatchObject({
			template_id: 281,
			from_email_address_id: 5,
			list_id: 443,
		});
	});
});

describe('searchEmailCampaigns', () => {
	it('lists the campaigns with ID and status, and filters by the typed text', async () => {
		const campaigns = [
			{ email_campaign_id: 64, name: 'Spring sale', status: 'Scheduled' },
			{ email_campaign_id: 65, name: 'Newsletter', status: 'Sent' },
		];
		api.standIn.on(
			'GET',
			'/email-campaigns',
			pagedList(campaigns.length, (i) => campaigns[i]),
		);
		const all = await listSearch(api.standIn.baseUrl, 'searchEmailCampaigns');
		expect(all.results).toEqual([
			{ name: 'Spring sale (64, Scheduled)', value: '64' },
			{ name: 'Newsletter (65, Sent)', value: '65' },
		]);
		const spring = await listSearch(api.standIn.baseUrl, 'searchEmailCampaigns', 'SPRING');
		expect(spring.results).toEqual([{ name: 'Spring sale (64, Scheduled)', value: '64' }]);
	});
});
