import type { IDataObject } from 'n8n-workflow';

import { failure, pagedList, uploadAnswer } from '../harness/answers';
import { byId, type InputItem, runClickSend } from '../harness/engine';
import { FAULTS, type RecordedRequest, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const BOTH_SIDES = Buffer.from('%PDF-1.4\n% postcard, 2 pages\n%%EOF\n');
const FRONT = Buffer.from('%PDF-1.4\n% front\n%%EOF\n');
const BACK_PNG = Buffer.from('\x89PNG\r\n\x1a\n back');

const PERSON = { name: 'John Smith', line1: '123 Test St', city: 'Perth', postcode: '11111' };

type Files = Record<string, { content: Buffer; fileName?: string; mimeType?: string }>;

const postcardItem = (binary: Files, person: IDataObject = PERSON): InputItem => ({
	json: person,
	binary,
});

/** POST /uploads: CARD-1.pdf, CARD-2.pdf… in upload order, fresh for each test. */
const answerUploads = () =>
	api.standIn.on(
		'POST',
		'/uploads',
		uploadAnswer('https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-'),
	);

/** POST /post/postcards/send or /price as in ClickSend's API reference: one result per recipient, in order. */
function echoPostcards(statusFor: (recipient: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const recipients = (request.body as { recipients: IDataObject[] }).recipients.map(
			(recipient, index) => ({
				message_id: `CARD-MSG-${index}`,
				...recipient,
				post_price: 11,
				status: statusFor(recipient),
			}),
		);
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Postcard queued for delivery.',
				data: {
					total_price: 11 * recipients.length,
					total_count: recipients.length,
					queued_count: recipients.length,
					recipients,
				},
			},
		};
	};
}

const parameters = (extra: IDataObject = {}) => ({
	resource: 'postcard',
	operation: 'send',
	addressName: '={{ $json.name }}',
	addressLine1: '={{ $json.line1 }}',
	addressCity: '={{ $json.city }}',
	addressPostalCode: '={{ $json.postcode }}',
	addressCountry: 'au',
	returnAddressId: byId('14'),
	...extra,
});

const recipient = (name = PERSON.name) => ({
	address_name: name,
	address_line_1: PERSON.line1,
	address_city: PERSON.city,
	address_postal_code: PERSON.postcode,
	address_country: 'AU',
	return_address_id: 14,
});

beforeEach(() => {
	answerUploads();
	// ClickSend's API reference types return_address_id as an integer; the spec's send_postcard_request says
	// string (the price endpoint uses the same schema). The node follows the docs.
	for (const path of ['/post/postcards/send', '/post/postcards/price']) {
		api.standIn.tolerateContractViolation(
			'POST',
			path,
			'API reference: return_address_id is an integer',
		);
		api.standIn.on('POST', path, echoPostcards());
	}
});

afterEach(() => {
	const messages = api.standIn.toleratedViolations.flatMap((entry) =>
		(entry.violations as Array<{ message?: string }>).map((violation) => violation.message),
	);
	for (const message of messages)
		expect(message).toMatch(
			/^Request body property recipients\.\d+\.return_address_id must be string$/,
		);
});

describe('Postcard → Send', () => {
	it('sends a 2-page PDF (front and back) as one file URL, uploaded once for all items (convert=postcard)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: ['John Smith', 'Jane Roe'].map((name) =>
				postcardItem(
					{ data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' } },
					{ ...PERSON, name },
				),
			),
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn.requestsTo('POST', '/uploads').map((upload) => [upload.query, upload.body]),
		).toEqual([[{ convert: 'postcard' }, { content: BOTH_SIDES.toString('base64') }]]);
		expect(
			api.standIn.requestsTo('POST', '/post/postcards/send').map((request) => request.body),
		).toEqual([
			{
				file_urls: ['https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-1.pdf'],
				recipients: [recipient('John Smith'), recipient('Jane Roe')],
			},
		]);
		expect(
			result.items.map((item) => [item.json.address_name, item.json.status, item.pairedItem]),
		).toEqual([
			['John Smith', 'SUCCESS', { item: 0 }],
			['Jane Roe', 'SUCCESS', { item: 1 }],
		]);
		expect(api.standIn.toleratedViolations).toHaveLength(1);
	});

	it('sends a separate front and back (an image is converted by ClickSend) as two file URLs in order', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ binaryPropertyName: 'front', backBinaryPropertyName: 'back' }),
			items: [
				postcardItem({
					front: { content: FRONT, fileName: 'front.pdf', mimeType: 'application/pdf' },
					back: { content: BACK_PNG, fileName: 'back.png', mimeType: 'image/png' },
				}),
			],
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn
				.requestsTo('POST', '/uploads')
				.map((upload) => (upload.body as IDataObject).content),
		).toEqual([FRONT.toString('base64'), BACK_PNG.toString('base64')]);
		expect(
			(api.standIn.requestsTo('POST', '/post/postcards/send')[0].body as IDataObject).file_urls,
		).toEqual([
			'https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-1.pdf',
			'https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-2.pdf',
		]);
	});

	it('sends File URLs without uploading', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({
				documentSource: 'url',
				fileUrl: 'https://example.com/a5_front.pdf',
				backFileUrl: 'https://example.com/a5_back.pdf',
			}),
			items: [PERSON],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
		expect(
			(api.standIn.requestsTo('POST', '/post/postcards/send')[0].body as IDataObject).file_urls,
		).toEqual(['https://example.com/a5_front.pdf', 'https://example.com/a5_back.pdf']);
	});

	it('fails only the postcard ClickSend refuses (Continue On Fail)', async () => {
		api.standIn.on(
			'POST',
			'/post/postcards/send',
			echoPostcards((entry) => (entry.address_name === 'Jane Roe' ? 'INVALID_ADDRESS' : 'SUCCESS')),
		);
		const card = {
			data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' },
		};
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: [postcardItem(card), postcardItem(card, { ...PERSON, name: 'Jane Roe' })],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			result.items.map((item) => [item.json.status, item.json.error ?? null, item.pairedItem]),
		).toEqual([
			['SUCCESS', null, { item: 0 }],
			[
				'INVALID_ADDRESS',
				'ClickSend did not accept the message to Jane Roe (INVALID_ADDRESS)',
				{ item: 1 },
			],
		]);
	});

	it('refuses a back side file that is neither a PDF nor an image, before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ binaryPropertyName: 'front', backBinaryPropertyName: 'back' }),
			items: [
				postcardItem({
					front: { content: FRONT, fileName: 'front.pdf', mimeType: 'application/pdf' },
					back: { content: Buffer.from('x'), fileName: 'back.txt', mimeType: 'text/plain' },
				}),
			],
		});
		expect(result.error?.message).toBe(
			'Back Side Binary Field "back" is not a PDF or image file ("back.txt", type text/plain)',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('refuses a missing back side binary property, naming the ones the item has', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ backBinaryPropertyName: 'back' }),
			items: [
				postcardItem({
					data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' },
				}),
			],
		});
		expect(result.error?.message).toBe(
			'Back Side Binary Field "back" is not a binary property of item 0',
		);
		expect(result.error?.description).toBe(
			"The item's binary properties are: data. Put one of them in Back Side Binary Field.",
		);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Postcard → Calculate Price', () => {
	it('prices the postcards without posting', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({
				operation: 'calculatePrice',
				documentSource: 'url',
				fileUrl: 'https://example.com/card.pdf',
			}),
			items: [PERSON],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/post/postcards/send')).toHaveLength(0);
		expect(
			api.standIn.requestsTo('POST', '/post/postcards/price').map((request) => request.body),
		).toEqual([{ file_urls: ['https://example.com/card.pdf'], recipients: [recipient()] }]);
		expect(result.items).toEqual([
			{ json: expect.objectContaining({ post_price: 11 }), pairedItem: { item: 0 } },
		]);
	});
});

describe('Postcard → Get Many', () => {
	it('lists the postcard history, all pages with Return All', async () => {
		api.standIn.on('GET', '/post/postcards/history', (request) => {
			const page = Number(request.query.page);
			return {
				status: 200,
				body: {
					http_code: 200,
					response_code: 'SUCCESS',
					response_msg: 'Here is your history.',
					data: {
						total: 2,
						per_page: 100,
						current_page: page,
						last_page: 2,
						from: page,
						to: page,
						data: [{ message_id: `CARD-${page}` }],
					},
				},
			};
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'postcard', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(
			api.standIn.requestsTo('GET', '/post/postcards/history').map((request) => request.query),
		).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
		expect(result.items).toEqual([
			{ json: { message_id: 'CARD-1' }, pairedItem: { item: 0 } },
			{ json: { message_id: 'CARD-2' }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Postcard → Send: checks before any request', () => {
	const card = { data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' } };
	const refused = async (extra: IDataObject, items: InputItem[], message: string) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(extra),
			items,
		});
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	};

	// Mapped by expressions: a typed value that is not digits is already refused by the field itself.
	it.each([
		['whitespace', '={{ "   " }}', 'Return Address is empty'],
		['not numeric', '={{ "home" }}', 'Return Address "home" is not a valid ID'],
		[
			'an unsafe integer',
			'9007199254740993',
			'Return Address "9007199254740993" is too large to be a ClickSend ID',
		],
		[
			'an object',
			'={{ { id: 14 } }}',
			'Return Address received an object {"id":14} instead of text',
		],
	])('refuses a Return Address that is %s', async (_name, value, message) => {
		await refused({ returnAddressId: byId(value) }, [postcardItem(card)], message);
	});

	it('refuses a 30 MB back side before any upload', async () => {
		const back = {
			content: Buffer.alloc(30 * 1024 * 1024, 0x25),
			fileName: 'back.pdf',
			mimeType: 'application/pdf',
		};
		await refused(
			{ backBinaryPropertyName: 'back' },
			[postcardItem({ ...card, back })],
			'Back Side Binary Field "back" is too large (30.0 MB; at most 20 MB)',
		);
	}, 30_000);

	it('refuses an object mapped into City and an impossible schedule', async () => {
		await refused(
			{ addressCity: '={{ { name: "Perth" } }}' },
			[postcardItem(card)],
			'City received an object {"name":"Perth"} instead of text',
		);
		await refused(
			{ options: { schedule: '2031-02-30' } },
			[postcardItem(card)],
			'Schedule "2031-02-30" is not a date (February 2031 has 28 days)',
		);
	});

	it('a 500 from /post/postcards/send is not retried and the items may have been accepted', async () => {
		api.standIn.on(
			'POST',
			'/post/postcards/send',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: [postcardItem(card), postcardItem(card)],
		});
		expect(result.error?.description).toContain('items 0–1: may have been accepted');
		expect(api.standIn.requestsTo('POST', '/post/postcards/send')).toHaveLength(1);
	});
});

describe('Postcard → Cancel', () => {
	const messageId = '909D6F4F-FC88-4BB8-AD96-D2F4B3139301';
	const cancel = (id: string) => ({ resource: 'postcard', operation: 'cancel', messageId: id });

	it('cancels one scheduled postcard with PUT /post/postcards/{message_id}/cancel (spec-checked)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel(messageId) });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`PUT /post/postcards/${messageId}/cancel`,
		]);
		expect(result.items).toEqual([
			{
				json: {
					cancelled: true,
					message_id: messageId,
					response_msg: 'Scheduled postcard has been cancelled.',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.standIn.toleratedViolations).toEqual([]);
	});

	it.each([
		['empty (mapped)', '={{ $json.missing }}', 'Message ID is empty'],
		['whitespace', ' \t ', 'Message ID is empty'],
		['an object', '={{ { id: 1 } }}', 'Message ID received an object {"id":1} instead of text'],
		['a path', '../letters/1', 'Message ID "../letters/1" is not a valid ID'],
	])('refuses a Message ID that is %s, sending nothing', async (_name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel(id) });
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('with Continue On Fail, an item ClickSend refuses fails alone', async () => {
		api.standIn.on(
			'PUT',
			'/post/postcards/P-2/cancel',
			failure(400, 'BAD_REQUEST', 'The postcard has already been posted.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: cancel('={{ $json.id }}'),
			items: [{ id: 'P-1' }, { id: 'P-2' }, { id: 'P-3' }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			result.items.map((item) => [item.json.cancelled ?? item.json.error, item.pairedItem]),
		).toEqual([
			[true, { item: 0 }],
			['ClickSend: The postcard has already been posted (BAD_REQUEST)', { item: 1 }],
			[true, { item: 2 }],
		]);
		expect(api.standIn.requests).toHaveLength(3);
	});

	it('an HTML page with status 200 is an error carrying the code', async () => {
		api.standIn.on('PUT', /^\/post\/postcards\/.+\/cancel$/, FAULTS.html(200, 'Maintenance'));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel('P-1') });
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		);
	});
});

describe('Postcard → Get Many: bad input and faults', () => {
	it.each([[0], [-1], ['abc']])('Limit %p is refused before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'postcard', operation: 'getAll', returnAll: false, limit },
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Return All with a 429 without Retry-After on page 3: exactly the 201 postcards, each once', async () => {
		api.standIn.on(
			'GET',
			'/post/postcards/history',
			pagedList(201, (index) => ({ message_id: `P-${index}` })),
		);
		api.standIn.on(
			'GET',
			'/post/postcards/history',
			(request) =>
				request.query.page === '3' ? failure(429, 'TOO_MANY_REQUESTS', 'Slow down.') : undefined,
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'postcard', operation: 'getAll', returnAll: true, simplify: false },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.message_id)).toEqual(
			Array.from({ length: 201 }, (_, index) => `P-${index}`),
		);
		expect(
			api.standIn.requestsTo('GET', '/post/postcards/history').map((request) => request.query.page),
		).toEqual(['1', '2', '3', '3']);
	});
});
