import { failure, onPage, PAGE_FAULTS, pagedList } from '../harness/answers';
import { byId, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const campaign = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'smsCampaign',
	operation,
	...extra,
});
const content = {
	name: 'Spring sale',
	listId: byId('428'),
	message: 'Spring sale: 20% off today 🌸 Reply STOP to opt out',
	from: byId('MyShop'),
	schedule: '2030-01-01T00:00:00Z',
};

/** Where ClickSend's API reference and the spec disagree, the node follows the docs (see campaignBody). */
function followSeedDocs(method: string, path: string, answer: object) {
	api.standIn
		.tolerateContractViolation(
			method,
			path,
			'API reference: list_id is an integer and senders is not part of the request',
		)
		.on(method, path, {
			status: 200,
			body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'OK', data: answer },
		});
}

/** The request breaks the spec only where the docs say otherwise (all other checks still apply). */
function expectOnlyDocumentedViolations(expected: string[]) {
	const violations = api.standIn.toleratedViolations.flatMap(
		(entry) => entry.violations as Array<{ message?: string }>,
	);
	expect(violations.map((violation) => violation.message)).toEqual(expected);
}

const LIST_ID_TYPE = 'Request body property list_id must be string';

describe('SMS Campaign', () => {
	it('Send posts the list, name, body, sender and schedule (Unix seconds) to /sms-campaigns/send', async () => {
		// The spec requires `senders` (Smart Assign, beta); ClickSend's API reference does not send it, and says an
		// absent `senders` means the account's default senders. The node follows the docs.
		followSeedDocs('POST', '/sms-campaigns/send', { sms_campaign_id: 7, status: 'Queued' });
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('send', content),
		});
		expect(result.error).toBeUndefined();
		expectOnlyDocumentedViolations(["Request body must have required property 'senders'"]);
		expect(api.standIn.requestsTo('POST', '/sms-campaigns/send')[0].body).toEqual({
			list_id: 428,
			name: 'Spring sale',
			body: content.message,
			from: 'MyShop',
			schedule: 1893456000,
		});
		expect(result.items[0].json).toMatchObject({ sms_campaign_id: 7, status: 'Queued' });
	});

	it('Calculate Price posts the same campaign to /sms-campaigns/price', async () => {
		// The spec types list_id as a string here; ClickSend's API reference says integer, which the node sends.
		followSeedDocs('POST', '/sms-campaigns/price', { total_count: 1, total_price: '0.035' });
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('calculatePrice', { ...content, schedule: '' }),
		});
		expect(result.error).toBeUndefined();
		expectOnlyDocumentedViolations([LIST_ID_TYPE]);
		expect(api.standIn.requestsTo('POST', '/sms-campaigns/price')[0].body).toEqual({
			list_id: 428,
			name: 'Spring sale',
			body: content.message,
			from: 'MyShop',
		});
		expect(result.items[0].json).toHaveProperty('total_price');
	});

	it('Get reads GET /sms-campaigns/{id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('get', { campaignId: byId('7') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/sms-campaigns/7')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ sms_campaign_id: 7, name: 'My Campaign 1' });
	});

	it('Get Many lists GET /sms-campaigns', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.sms_campaign_id)).toEqual([2145880]);
	});

	it('Update puts the campaign to /sms-campaigns/{id}', async () => {
		// The spec types list_id as a string here; ClickSend's API reference says integer, which the node sends.
		followSeedDocs('PUT', '/sms-campaigns/7', { sms_campaign_id: 7 });
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('update', { ...content, campaignId: byId('7'), schedule: '' }),
		});
		expect(result.error).toBeUndefined();
		expectOnlyDocumentedViolations([LIST_ID_TYPE]);
		expect(api.standIn.requestsTo('PUT', '/sms-campaigns/7')[0].body).toEqual({
			list_id: 428,
			name: 'Spring sale',
			body: content.message,
			from: 'MyShop',
		});
	});

	it('Cancel puts /sms-campaigns/{id}/cancel', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('cancel', { campaignId: byId('7') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms-campaigns/7/cancel')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ cancelled: true, sms_campaign_id: '7' });
	});

	describe('validation before any request', () => {
		it.each([
			['an empty message', { message: ' ' }, /^Message is empty/],
			['an empty name', { name: '={{ "  " }}' }, /^Campaign Name is empty/],
			['a sender ID with spaces', { from: byId('My Shop') }, /^From "My Shop" contains spaces/],
			[
				'a sender ID over 11 characters',
				{ from: byId('MyVeryLongShop') },
				/^From "MyVeryLongShop" is longer than 11 characters/,
			],
			[
				'a schedule in the past',
				{ schedule: '2001-01-01T00:00:00Z' },
				/^Schedule .* is in the past/,
			],
			[
				'a list ID that is not a number',
				{ listId: byId('={{ "all customers" }}') },
				/^Contact List "all customers" is not a valid ID/,
			],
		])('rejects %s', async (_name, fields, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, ...fields }),
			});
			expect(result.error?.message).toMatch(message);
			expect(api.standIn.requests).toHaveLength(0);
		});
	});

	it('the Campaign picker lists campaigns', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchSmsCampaigns');
		expect(found.results).toEqual([{ name: 'taz (2145880)', value: '2145880' }]);
	});

	describe('ID fields that cannot be IDs are refused before any request', () => {
		// Mapped by expressions: n8n itself refuses an empty or non-numeric ID typed into the field.
		const bad: Array<[string, string, string]> = [
			['empty', '={{ "" }}', 'is empty'],
			['whitespace', '={{ "  " }}', 'is empty'],
			['not a number', '={{ "spring" }}', '"spring" is not a valid ID'],
			[
				'an unsafe integer',
				'={{ "9007199254740993" }}',
				'"9007199254740993" is too large to be a ClickSend ID',
			],
			['an object', '={{ $json.campaign }}', 'received an object {"id":7} instead of text'],
		];
		it.each(['get', 'cancel', 'update'])('Campaign of %s', async (operation) => {
			for (const [, value, message] of bad) {
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: campaign(operation, { ...content, schedule: '', campaignId: byId(value) }),
					items: [{ campaign: { id: 7 } }],
				});
				expect(result.error?.message).toBe(`Campaign ${message}`);
			}
			expect(api.standIn.requests).toHaveLength(0);
		});
		it.each(['send', 'calculatePrice', 'update'])('Contact List of %s', async (operation) => {
			for (const [, value, message] of bad) {
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: campaign(operation, {
						...content,
						campaignId: byId('7'),
						listId: byId(value.replace('campaign', 'list')),
					}),
					items: [{ list: { id: 7 } }],
				});
				expect(result.error?.message).toBe(`Contact List ${message}`);
			}
			expect(api.standIn.requests).toHaveLength(0);
		});
	});

	describe('other input refused before any request', () => {
		it.each([
			[
				'an object mapped into Campaign Name',
				{ name: '={{ $json.shop }}' },
				/^Campaign Name received an object \{"name":"Koala"\} instead of text$/,
			],
			[
				'a list mapped into Message',
				{ message: '={{ $json.lines }}' },
				/^Message received a list of 2 values instead of text$/,
			],
			[
				'an impossible Schedule date',
				{ schedule: '2031-02-30T09:00:00Z' },
				/^Schedule "2031-02-30T09:00:00Z" is not a date \(February 2031 has 28 days\)$/,
			],
			[
				'a message longer than ClickSend sends (1224 GSM characters)',
				{ message: 'a'.repeat(1225) },
				/^Message is too long for one SMS: 1225 characters \(at most 1224\)$/,
			],
			[
				'a message longer than ClickSend sends (536 with emoji)',
				{ message: `🌸${'a'.repeat(535)}` },
				/^Message is too long for one SMS: 537 characters \(at most 536\)$/,
			],
		])('%s', async (_name, fields, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, ...fields }),
				items: [{ shop: { name: 'Koala' }, lines: ['a', 'b'] }],
			});
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requests).toHaveLength(0);
		});

		it('checks every item before the first campaign is sent', async () => {
			followSeedDocs('POST', '/sms-campaigns/send', { sms_campaign_id: 7 });
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, name: '={{ $json.name }}' }),
				items: [{ name: 'Spring' }, { name: '' }],
			});
			expect(result.error?.message).toBe('Campaign Name is empty');
			expect(api.standIn.requests).toHaveLength(0);
		});
	});

	describe('Send with several items (one campaign each)', () => {
		const items = [{ name: 'North' }, { name: 'South' }, { name: 'East' }];
		const send = (continueOnFail = false) =>
			runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, name: '={{ $json.name }}' }),
				items,
				continueOnFail,
			});
		/** Answers like ClickSend, with `answer` for the second campaign. */
		const secondFails = (answer: object) => {
			followSeedDocs('POST', '/sms-campaigns/send', { sms_campaign_id: 7 });
			let calls = 0;
			api.standIn.on('POST', '/sms-campaigns/send', () =>
				++calls === 2 ? (answer as never) : undefined,
			);
		};

		it('a 500 on the second is not sent again; the error says which items were accepted, which may have been, which were not sent', async () => {
			secondFails(failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }));
			const result = await send();
			expect(
				api.standIn
					.requestsTo('POST', '/sms-campaigns/send')
					.map((request) => (request.body as { name: string }).name),
			).toEqual(['North', 'South']);
			expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
			expect(result.error?.description).toContain(
				'item 0: accepted by ClickSend; item 1: may have been accepted (the request failed without a clear answer); item 2: not sent',
			);
			expect(result.error?.description).toContain('SMS campaigns');
		});

		it('a 200 with INSUFFICIENT_CREDIT fails with that code and says item 1 was not accepted', async () => {
			secondFails(failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'));
			const result = await send();
			expect(result.error?.message).toBe(
				'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
			);
			expect(result.error?.description).toContain('Top up in the ClickSend dashboard');
			expect(result.error?.description).toContain(
				'item 0: accepted by ClickSend; item 1: not accepted; item 2: not sent',
			);
			expect(api.standIn.requestsTo('POST', '/sms-campaigns/send')).toHaveLength(2);
		});

		it('with Continue On Fail, only the failed item carries the error and the others are sent once each', async () => {
			secondFails(FAULTS.html(502));
			const result = await send(true);
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('POST', '/sms-campaigns/send')).toHaveLength(3);
			expect(
				result.items.map((item) => [item.json.sms_campaign_id ?? item.json.error, item.pairedItem]),
			).toEqual([
				[7, { item: 0 }],
				[
					'ClickSend may have accepted this message, but the request failed without a clear answer',
					{ item: 1 },
				],
				[7, { item: 2 }],
			]);
			expect(result.items[1].json.error_description).toBe(
				'Check the SMS campaigns before running the workflow again, or the message may be sent twice. What failed: ClickSend or a server in between answered with an error: HTTP 502 with an HTML page titled "502 Bad Gateway" (HTTP_ERROR).',
			);
			expect(result.items.map((item) => item.json.sendState)).toEqual([
				'accepted',
				'uncertain',
				'accepted',
			]);
		});
	});

	it.each([[0], [-1], ['abc']])('Get Many refuses Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { limit }),
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(PAGE_FAULTS)(
		'Get Many with Return All: %s on page 2 is retried as page 2, every campaign once',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/sms-campaigns',
				pagedList(230, (index) => ({ sms_campaign_id: index + 1, name: `C${index}` })),
			);
			api.standIn.on('GET', '/sms-campaigns', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.sms_campaign_id)).toEqual(
				Array.from({ length: 230 }, (_, index) => index + 1),
			);
			expect(
				api.standIn.requestsTo('GET', '/sms-campaigns').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it('Get answered 200 with a non-SUCCESS response_code fails with the code', async () => {
		api.standIn.on('GET', '/sms-campaigns/7', failure(200, 'NOT_FOUND', 'Campaign not found.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('get', { campaignId: byId('7') }),
		});
		expect(result.error?.message).toBe('ClickSend: Campaign not found (NOT_FOUND)');
	});
});
