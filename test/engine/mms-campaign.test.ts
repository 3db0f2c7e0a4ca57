import type { IDataObject } from 'n8n-workflow';

import { failure, onPage, PAGE_FAULTS, pagedList, success, uploadAnswer } from '../harness/answers';
import { byId, type InputItem, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS, type RecordedRequest, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const campaign = (operation: string, extra: IDataObject = {}) => ({
	resource: 'mmsCampaign',
	operation,
	...extra,
});
const IMAGE_URL = 'https://example.com/koala.jpg';
const content = {
	name: 'Koala Campaign',
	listId: byId('428'),
	subject: 'Koalas',
	message: 'Hey, do you like koalas? Reply STOP to opt out',
	mediaSource: 'url',
	mediaUrl: IMAGE_URL,
	from: byId('+61411111111'),
	schedule: '2030-01-01T00:00:00Z',
};
const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
	'hex',
);
const withImage = (
	json: IDataObject,
	bytes = PNG,
	fileName = 'koala.png',
	mimeType = 'image/png',
): InputItem => ({
	json,
	binary: { data: { content: bytes, fileName, mimeType } },
});
const sent = (method: string, path: string) =>
	api.standIn.requestsTo(method, path).map((request) => request.body as IDataObject);

/** A campaign as ClickSend answers send, update and get (ClickSend's API reference). */
const answer = (request?: RecordedRequest): ScriptedResponse =>
	success(
		{ mms_campaign_id: 96, status: 'Queued', ...(request?.body as IDataObject | undefined) },
		'MMS campaign has been created.',
	);

/**
 * The spec types `list_id` as a string on send and update; ClickSend's API reference and its official
 * Node SDK (MmsCampaign.listId: number) send an integer, which the node does. Tolerated for these
 * requests only, and the test checks that this is the only violation.
 */
function followSeedDocs(method: string, path: string) {
	api.standIn
		.tolerateContractViolation(method, path, 'API reference and SDK: list_id is an integer')
		.on(method, path, answer);
}
function expectOnlyListIdViolation() {
	const violations = api.standIn.toleratedViolations.flatMap(
		(entry) => entry.violations as Array<{ message?: string }>,
	);
	expect(violations.map((violation) => violation.message)).toEqual([
		'Request body property list_id must be string',
	]);
}

describe('MMS Campaign → Send', () => {
	it('posts the campaign with the image URL as media_file to /mms-campaigns/send', async () => {
		followSeedDocs('POST', '/mms-campaigns/send');
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('send', content),
		});
		expect(result.error).toBeUndefined();
		expectOnlyListIdViolation();
		expect(sent('POST', '/mms-campaigns/send')).toEqual([
			{
				list_id: 428,
				name: 'Koala Campaign',
				body: content.message,
				subject: 'Koalas',
				media_file: IMAGE_URL,
				from: '+61411111111',
				schedule: 1893456000,
			},
		]);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ mms_campaign_id: 96, status: 'Queued' }),
				pairedItem: { item: 0 },
			},
		]);
	});

	it('uploads a binary image first (convert=mms) and sends its URL', async () => {
		api.standIn.on('POST', '/uploads', uploadAnswer('https://rest.clicksend.com/files/'));
		followSeedDocs('POST', '/mms-campaigns/send');
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('send', { ...content, mediaSource: 'binary', schedule: '' }),
			items: [withImage({})],
		});
		expect(result.error).toBeUndefined();
		const [upload] = api.standIn.requestsTo('POST', '/uploads');
		expect(upload.query).toEqual({ convert: 'mms' });
		expect(upload.body).toEqual({ content: PNG.toString('base64') });
		expect(sent('POST', '/mms-campaigns/send')[0]).toMatchObject({
			media_file: 'https://rest.clicksend.com/files/1.pdf',
			list_id: 428,
		});
	});

	describe('several items (one campaign each)', () => {
		const items = [{ name: 'North' }, { name: 'South' }, { name: 'East' }];
		const run = (continueOnFail = false) =>
			runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, name: '={{ $json.name }}' }),
				items,
				continueOnFail,
			});
		const secondFails = (fault: ScriptedResponse) => {
			followSeedDocs('POST', '/mms-campaigns/send');
			let calls = 0;
			api.standIn.on('POST', '/mms-campaigns/send', () => (++calls === 2 ? fault : undefined));
		};

		it('a timeout on the second is not sent again; the error says which items were accepted, may have been, or were not sent', async () => {
			secondFails(FAULTS.hang);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, name: '={{ $json.name }}' }),
				items,
				credentials: { timeout: 1 },
			});
			expect(api.standIn.requestsTo('POST', '/mms-campaigns/send')).toHaveLength(2);
			expect(result.error?.message).toBe('ClickSend did not answer within 1 second');
			expect(result.error?.description).toContain(
				'item 0: accepted by ClickSend; item 1: may have been accepted (the request failed without a clear answer); item 2: not sent',
			);
			expect(result.error?.description).toContain('MMS campaigns');
		});

		it('a 200 with INSUFFICIENT_CREDIT carries the code; with Continue On Fail the others are sent once each', async () => {
			secondFails(failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'));
			const result = await run(true);
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('POST', '/mms-campaigns/send')).toHaveLength(3);
			expect(
				result.items.map((item) => [item.json.mms_campaign_id ?? item.json.error, item.pairedItem]),
			).toEqual([
				[96, { item: 0 }],
				['Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)', { item: 1 }],
				[96, { item: 2 }],
			]);
		});

		it('an image upload that fails sends nothing for that item and says it was not accepted', async () => {
			followSeedDocs('POST', '/mms-campaigns/send');
			api.standIn.on('POST', '/uploads', failure(400, 'INVALID_MEDIA_FILE', 'Invalid file.'));
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('send', { ...content, mediaSource: 'binary' }),
				items: [withImage({}), withImage({})],
			});
			expect(result.error?.message).toBe(
				'ClickSend could not use the media file (INVALID_MEDIA_FILE)',
			);
			expect(result.error?.description).toContain('Nothing of this run was sent');
			expect(api.standIn.requestsTo('POST', '/mms-campaigns/send')).toHaveLength(0);
		});
	});
});

describe('MMS Campaign → Calculate Price', () => {
	it('posts exactly what Send would send to /mms-campaigns/price and sends nothing', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('calculatePrice', { ...content, schedule: '' }),
		});
		expect(result.error).toBeUndefined();
		expect(sent('POST', '/mms-campaigns/price')).toEqual([
			{
				list_id: 428,
				name: 'Koala Campaign',
				body: content.message,
				subject: 'Koalas',
				media_file: IMAGE_URL,
				from: '+61411111111',
			},
		]);
		expect(api.standIn.requestsTo('POST', '/mms-campaigns/send')).toHaveLength(0);
		// The spec's example answer.
		expect(result.items[0].json).toMatchObject({ total_count: 1, total_price: '0.429' });
	});

	it('is retried after a 500 (a price check sends nothing)', async () => {
		api.standIn.on(
			'POST',
			'/mms-campaigns/price',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('calculatePrice', { ...content, schedule: '' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/mms-campaigns/price')).toHaveLength(2);
	});
});

describe('MMS Campaign → Get / Update / Cancel', () => {
	it('Get reads GET /mms-campaigns/{id}, simplified', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('get', { campaignId: byId('96') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/mms-campaigns/96')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			mms_campaign_id: 96,
			name: 'Koala Campaign',
			subject: 'New MMS campaign test',
			status: 'Queued',
		});
		expect(result.items[0].json).not.toHaveProperty('user_id');
	});

	it('Update puts the whole campaign, subject and media_file included (the API reference), to /mms-campaigns/{id}', async () => {
		followSeedDocs('PUT', '/mms-campaigns/96');
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('update', { ...content, campaignId: byId('96'), schedule: '' }),
		});
		expect(result.error).toBeUndefined();
		expectOnlyListIdViolation();
		expect(sent('PUT', '/mms-campaigns/96')).toEqual([
			{
				list_id: 428,
				name: 'Koala Campaign',
				body: content.message,
				subject: 'Koalas',
				media_file: IMAGE_URL,
				from: '+61411111111',
			},
		]);
	});

	it('Cancel puts /mms-campaigns/{id}/cancel', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('cancel', { campaignId: byId('96') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/mms-campaigns/96/cancel')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ cancelled: true, mms_campaign_id: '96' });
	});

	it('Get answered 200 with an HTML page fails with the code', async () => {
		api.standIn.on('GET', '/mms-campaigns/96', FAULTS.html(200, 'Maintenance'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('get', { campaignId: byId('96') }),
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		);
	});
});

describe('MMS Campaign → Get Many', () => {
	/** The page as the spec and ClickSend's API reference show it: without ClickSend's envelope. */
	const barePages =
		(total: number) =>
		(request: RecordedRequest): ScriptedResponse => {
			const page = pagedList(total, (index) => ({
				mms_campaign_id: index + 1,
				name: `C${index}`,
				user_id: 1,
			}))(request);
			return { status: 200, body: (page.body as { data: unknown }).data };
		};

	it('reads the page the spec documents (no envelope), simplified', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.mms_campaign_id)).toEqual([96, 96]);
		expect(result.items[0].json).not.toHaveProperty('user_id');
	});

	it('reads an enveloped page too, and walks the pages of either', async () => {
		api.standIn.on(
			'GET',
			'/mms-campaigns',
			pagedList(120, (index) => ({ mms_campaign_id: index + 1 })),
		);
		const enveloped = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { returnAll: true }),
		});
		api.standIn.on('GET', '/mms-campaigns', barePages(120));
		const bare = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { returnAll: true }),
		});
		for (const result of [enveloped, bare]) {
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.mms_campaign_id)).toEqual(
				Array.from({ length: 120 }, (_, index) => index + 1),
			);
		}
		expect(
			api.standIn.requestsTo('GET', '/mms-campaigns').map((request) => request.query.page),
		).toEqual(['1', '2', '1', '2']);
	});

	it.each(PAGE_FAULTS)(
		'Return All: %s on page 2 is retried as page 2, every campaign once',
		async (_name, fault) => {
			api.standIn.on('GET', '/mms-campaigns', barePages(230));
			api.standIn.on('GET', '/mms-campaigns', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: campaign('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.mms_campaign_id)).toEqual(
				Array.from({ length: 230 }, (_, index) => index + 1),
			);
			expect(
				api.standIn.requestsTo('GET', '/mms-campaigns').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it('a 200 with a non-SUCCESS response_code is an error, even on this list', async () => {
		api.standIn.on('GET', '/mms-campaigns', failure(200, 'FORBIDDEN', 'Not allowed.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { returnAll: true }),
		});
		expect(result.error?.message).toBe('ClickSend: Not allowed (FORBIDDEN)');
	});

	it.each([[0], [-1], ['abc']])('refuses Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('getAll', { limit }),
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('MMS Campaign → input refused before any request', () => {
	// Mapped by expressions: n8n itself refuses an empty or non-numeric ID typed into the field.
	const badIds: Array<[string, string]> = [
		['={{ "" }}', 'is empty'],
		['={{ "  " }}', 'is empty'],
		['={{ "koala" }}', '"koala" is not a valid ID'],
		['={{ "9007199254740993" }}', '"9007199254740993" is too large to be a ClickSend ID'],
		['={{ $json.id }}', 'received an object {"n":96} instead of text'],
	];
	it.each(['get', 'cancel', 'update'])(
		'a Campaign of %s that cannot be an ID',
		async (operation) => {
			for (const [value, message] of badIds) {
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: campaign(operation, { ...content, campaignId: byId(value) }),
					items: [{ id: { n: 96 } }],
				});
				expect(result.error?.message).toBe(`Campaign ${message}`);
			}
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it.each(['send', 'calculatePrice', 'update'])(
		'a Contact List of %s that cannot be an ID',
		async (operation) => {
			for (const [value, message] of badIds) {
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: campaign(operation, {
						...content,
						campaignId: byId('96'),
						listId: byId(value),
					}),
					items: [{ id: { n: 96 } }],
				});
				expect(result.error?.message).toBe(`Contact List ${message}`);
			}
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	const cases: Array<[string, IDataObject, InputItem, RegExp]> = [
		['an empty subject', { subject: ' ' }, { json: {} }, /^Subject is empty$/],
		[
			'a subject over 20 characters',
			{ subject: 'Koalas, wombats and more' },
			{ json: {} },
			/^Subject is longer than 20 characters \(24\)$/,
		],
		[
			'an object mapped into Campaign Name',
			{ name: '={{ $json.shop }}' },
			{ json: { shop: { n: 1 } } },
			/^Campaign Name received an object \{"n":1\} instead of text$/,
		],
		[
			'a message over 1500 GSM characters',
			{ message: 'a'.repeat(1501) },
			{ json: {} },
			/^Message is too long for one MMS: 1501 characters \(at most 1500\)$/,
		],
		[
			'an impossible Schedule date',
			{ schedule: '2031-02-30T09:00:00Z' },
			{ json: {} },
			/^Schedule "2031-02-30T09:00:00Z" is not a date \(February 2031 has 28 days\)$/,
		],
		[
			'a PNG Media URL',
			{ mediaUrl: 'https://example.com/koala.png' },
			{ json: {} },
			/is a \.png file, which ClickSend does not take by URL$/,
		],
		[
			'an image over 250 kB',
			{ mediaSource: 'binary' },
			withImage({}, Buffer.alloc(251 * 1024, 1), 'big.jpg', 'image/jpeg'),
			/^Input Binary Field "data" is too large \(251 kB; at most 250 kB\)$/,
		],
		[
			'an empty image',
			{ mediaSource: 'binary' },
			withImage({}, Buffer.alloc(0), 'empty.gif', 'image/gif'),
			/^Input Binary Field "data" is an empty file \(0 bytes\)$/,
		],
	];
	it.each(cases)('%s', async (_name, fields, item, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: campaign('send', { ...content, ...fields }),
			items: [item],
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('MMS Campaign → the Campaign picker', () => {
	it('lists the campaigns of GET /mms-campaigns (the page the spec documents, without envelope)', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchMmsCampaigns');
		expect(found.results).toEqual([
			{ name: 'Koala Campaign (96)', value: '96' },
			{ name: 'Koala Campaign (96)', value: '96' },
		]);
		expect(found.paginationToken).toBeUndefined();
	});

	it('filters by the typed name and pages on with the next page number', async () => {
		api.standIn.on(
			'GET',
			'/mms-campaigns',
			pagedList(150, (index) => ({
				mms_campaign_id: index + 1,
				name: index % 2 ? 'Wombats' : 'Koalas',
			})),
		);
		const found = await listSearch(api.standIn.baseUrl, 'searchMmsCampaigns', 'koala');
		expect(found.results).toHaveLength(50);
		expect(found.results[0]).toEqual({ name: 'Koalas (1)', value: '1' });
		expect(found.paginationToken).toBe('2');
	});
});
