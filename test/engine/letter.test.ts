import type { IDataObject } from 'n8n-workflow';

import { failure, pagedList, success, uploadAnswer } from '../harness/answers';
import { byId, fromList, type InputItem, runClickSend } from '../harness/engine';
import { FAULTS, type RecordedRequest, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const LETTER = Buffer.from('%PDF-1.4\n% letter\n%%EOF\n');

/** Addresses with ClickSend's test postal codes (ClickSend's API reference: 11111, 22222, 33333 post nothing). */
const PEOPLE = [
	{ name: 'John Smith', line1: '123 Test St', city: 'Perth', postcode: '11111' },
	{ name: 'Jane Roe', line1: '1 Maritime Avenue', city: 'Flynn', postcode: '22222' },
];

function letterItem(
	person: IDataObject,
	content = LETTER,
	fileName = 'letter.pdf',
	mimeType = 'application/pdf',
): InputItem {
	return { json: person, binary: { data: { content, fileName, mimeType } } };
}

/** POST /uploads: LETTER-1.pdf, LETTER-2.pdf… in upload order, fresh for each test. */
const answerUploads = () =>
	api.standIn.on(
		'POST',
		'/uploads',
		uploadAnswer('https://clicksend-api-downloads.s3.amazonaws.com/_public/LETTER-'),
	);

/** POST /post/letters/send or /price as in ClickSend's API reference: one result per recipient, in order. */
function echoLetters(statusFor: (recipient: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const body = request.body as IDataObject & { recipients: IDataObject[] };
		const recipients = body.recipients.map((recipient, index) => ({
			user_id: 1,
			subaccount_id: 1,
			message_id: `LETTER-MSG-${index}`,
			...recipient,
			colour: body.colour,
			duplex: body.duplex,
			post_pages: 1,
			post_price: '1.8700',
			priority_post: body.priority_post,
			date_added: 1459131623,
			status: statusFor(recipient),
			_file_url: body.file_url,
		}));
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Letters queued for delivery.',
				data: {
					total_price: 1.87 * recipients.length,
					total_count: recipients.length,
					queued_count: recipients.length,
					recipients,
				},
			},
		};
	};
}

const parameters = (extra: IDataObject = {}) => ({
	resource: 'letter',
	operation: 'send',
	addressName: '={{ $json.name }}',
	addressLine1: '={{ $json.line1 }}',
	addressCity: '={{ $json.city }}',
	addressPostalCode: '={{ $json.postcode }}',
	addressCountry: 'AU',
	returnAddressId: fromList('14'),
	...extra,
});

/**
 * ClickSend's API reference types return_address_id as an integer; the spec's send_letter_request /
 * calculate_letter_price_request say string. The node follows the docs: those requests are
 * tolerated, and each test checks that this is the only violation.
 */
function tolerateReturnAddressId(path: string) {
	api.standIn.tolerateContractViolation(
		'POST',
		path,
		'API reference: return_address_id is an integer',
	);
}

function expectOnlyReturnAddressIdViolations() {
	const messages = api.standIn.toleratedViolations.flatMap((entry) =>
		(entry.violations as Array<{ message?: string }>).map((violation) => violation.message),
	);
	expect(messages.length).toBeGreaterThan(0);
	for (const message of messages)
		expect(message).toMatch(
			/^Request body property recipients\.\d+\.return_address_id must be string$/,
		);
}

beforeEach(() => {
	answerUploads();
	tolerateReturnAddressId('/post/letters/send');
	tolerateReturnAddressId('/post/letters/price');
	api.standIn.on('POST', '/post/letters/send', echoLetters());
	api.standIn.on('POST', '/post/letters/price', echoLetters());
});

describe('Letter → Send', () => {
	it('uploads the PDF once (convert=post) and posts both letters in one request with the print options', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({
				addressState: 'WA',
				options: {
					colour: true,
					duplex: true,
					templateUsed: true,
					customString: 'order-42',
					schedule: '2030-01-01T10:00:00+10:00',
				},
			}),
			items: PEOPLE.map((person) => letterItem(person)),
		});
		expect(result.error).toBeUndefined();
		const uploads = api.standIn.requestsTo('POST', '/uploads');
		expect(uploads.map((upload) => [upload.query, upload.body])).toEqual([
			[{ convert: 'post' }, { content: LETTER.toString('base64') }],
		]);
		const requests = api.standIn.requestsTo('POST', '/post/letters/send');
		expect(requests.map((request) => request.body)).toEqual([
			{
				file_url: 'https://clicksend-api-downloads.s3.amazonaws.com/_public/LETTER-1.pdf',
				template_used: 1,
				colour: 1,
				duplex: 1,
				priority_post: 0,
				source: 'n8n',
				recipients: PEOPLE.map((person) => ({
					address_name: person.name,
					address_line_1: person.line1,
					address_city: person.city,
					address_state: 'WA',
					address_postal_code: person.postcode,
					address_country: 'AU',
					return_address_id: 14,
					schedule: 1893456000,
					custom_string: 'order-42',
				})),
			},
		]);
		expect(
			result.items.map((item) => [item.json.address_name, item.json.status, item.pairedItem]),
		).toEqual([
			['John Smith', 'SUCCESS', { item: 0 }],
			['Jane Roe', 'SUCCESS', { item: 1 }],
		]);
		expectOnlyReturnAddressIdViolations();
	});

	it('sends items with different print options in separate requests, and a File URL without upload', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({
				documentSource: 'url',
				fileUrl: 'https://example.com/letter.pdf',
				options: { colour: '={{ $json.name === "Jane Roe" }}' },
			}),
			items: PEOPLE,
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
		const bodies = api.standIn
			.requestsTo('POST', '/post/letters/send')
			.map((request) => request.body as IDataObject & { recipients: IDataObject[] });
		expect(
			bodies.map((body) => [
				body.file_url,
				body.colour,
				body.recipients.map((recipient) => recipient.address_name),
			]),
		).toEqual([
			['https://example.com/letter.pdf', 0, ['John Smith']],
			['https://example.com/letter.pdf', 1, ['Jane Roe']],
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('fails only the letter ClickSend refuses (Continue On Fail)', async () => {
		api.standIn.on(
			'POST',
			'/post/letters/send',
			echoLetters((recipient) =>
				recipient.address_name === 'Jane Roe' ? 'INVALID_ADDRESS' : 'SUCCESS',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: PEOPLE.map((person) => letterItem(person)),
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

	describe('checks every item before any request', () => {
		const expectRefused = async (
			items: Array<InputItem | IDataObject>,
			extra: IDataObject,
			message: string,
		) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: parameters(extra),
				items,
			});
			expect(result.error?.message).toBe(message);
			expect(api.standIn.requests).toHaveLength(0);
		};

		it('refuses an item without the chosen binary property, naming the ones it has', async () => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: parameters({ binaryPropertyName: 'letter' }),
				items: [letterItem(PEOPLE[0])],
			});
			expect(result.error?.message).toBe(
				'Input Binary Field "letter" is not a binary property of item 0',
			);
			expect(result.error?.description).toBe(
				"The item's binary properties are: data. Put one of them in Input Binary Field.",
			);
		});

		it('refuses a file that is not a PDF', async () => {
			await expectRefused(
				[letterItem(PEOPLE[0], Buffer.from('GIF89a'), 'logo.gif', 'image/gif')],
				{},
				'Input Binary Field "data" is not a PDF file ("logo.gif", type image/gif)',
			);
		});

		it('refuses an address without a postal code', async () => {
			await expectRefused(
				[letterItem({ ...PEOPLE[0], postcode: ' ' })],
				{},
				'Postal Code is empty',
			);
		});

		it('refuses an address without a name, line 1 or city', async () => {
			await expectRefused([letterItem({ ...PEOPLE[0], name: '' })], {}, 'Name is empty');
			await expectRefused([letterItem({ ...PEOPLE[0], line1: '' })], {}, 'Address Line 1 is empty');
			await expectRefused([letterItem({ ...PEOPLE[0], city: '' })], {}, 'City is empty');
		});

		it('refuses a country that is not a two-letter code', async () => {
			// Country now goes through assertCountryCode: "Australia" is read as AU (see "country names" below).
			await expectRefused(
				[letterItem(PEOPLE[0])],
				{ addressCountry: 'Australasia' },
				'Country "Australasia" is not a country code',
			);
		});

		it('refuses a return address that is not an ID', async () => {
			// Mapped from the previous node (a typed value is checked by the field itself).
			await expectRefused(
				[letterItem({ ...PEOPLE[0], returnAddress: 'home' })],
				{ returnAddressId: byId('={{ $json.returnAddress }}') },
				'Return Address "home" is not a valid ID',
			);
		});

		it('refuses a schedule in the past', async () => {
			await expectRefused(
				[letterItem(PEOPLE[0])],
				{ options: { schedule: '2020-01-01T00:00:00Z' } },
				'Schedule 2020-01-01T00:00:00.000Z is in the past',
			);
		});
	});
});

describe('Letter → Calculate Price', () => {
	it('prices the letters with the same body as Send, without posting', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ operation: 'calculatePrice' }),
			items: [letterItem(PEOPLE[0])],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/post/letters/send')).toHaveLength(0);
		const [price] = api.standIn.requestsTo('POST', '/post/letters/price');
		expect((price.body as IDataObject).file_url).toBe(
			'https://clicksend-api-downloads.s3.amazonaws.com/_public/LETTER-1.pdf',
		);
		expect(result.items).toEqual([
			{
				json: expect.objectContaining({ post_price: '1.8700', status: 'SUCCESS' }),
				pairedItem: { item: 0 },
			},
		]);
		expectOnlyReturnAddressIdViolations();
	});
});

describe('Letter → Get Many', () => {
	it('lists the letter history, one item per letter', async () => {
		const rows = [
			{ message_id: 'L-1', address_name: 'John Smith', status: 'Sent', user_id: 1, colour: 1 },
		];
		api.standIn.on('GET', '/post/letters/history', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Here is your history.',
				data: {
					total: 1,
					per_page: 15,
					current_page: 1,
					last_page: 1,
					next_page_url: null,
					from: 1,
					to: 1,
					data: rows,
				},
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'letter', operation: 'getAll', limit: 5 },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/post/letters/history')[0].query).toEqual({
			page: '1',
			limit: '15',
		});
		expect(result.items).toEqual([
			{
				json: { message_id: 'L-1', address_name: 'John Smith', status: 'Sent' },
				pairedItem: { item: 0 },
			},
		]);
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'letter', operation: 'getAll', limit: 5, simplify: false },
		});
		expect(full.items).toEqual([{ json: rows[0], pairedItem: { item: 0 } }]);
	});
});

describe('Letter → Send: values mapped by expressions', () => {
	const refused = async (extra: IDataObject, person: IDataObject, message: string | RegExp) => {
		// A valid first item: every item is checked before the first request.
		const first = letterItem({ ...PEOPLE[1], returnAddress: '14' });
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(extra),
			items: [first, letterItem(person)],
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	};
	const mapped = {
		returnAddressId: byId('={{ $json.returnAddress }}'),
	};

	it.each([
		['empty', '', 'Return Address is empty'],
		['whitespace', '   ', 'Return Address is empty'],
		['not numeric', '14a', 'Return Address "14a" is not a valid ID'],
		[
			'an unsafe integer',
			'9007199254740993',
			'Return Address "9007199254740993" is too large to be a ClickSend ID',
		],
		['an object', { id: 14 }, 'Return Address received an object {"id":14} instead of text'],
	])('refuses a Return Address that is %s', async (_name, returnAddress, message) => {
		await refused(mapped, { ...PEOPLE[0], returnAddress }, message);
	});

	it.each([
		[
			'an object into Name',
			{ ...PEOPLE[0], name: { first: 'John' } },
			/^Name received an object \{"first":"John"\} instead of text$/,
		],
		[
			'a list into Address Line 1',
			{ ...PEOPLE[0], line1: ['123 Test St', 'Unit 4'] },
			/^Address Line 1 received a list of 2 values instead of text$/,
		],
	])('refuses %s', async (_name, person, message) => {
		await refused({}, person, message);
	});

	it('refuses an impossible schedule (2031-02-30)', async () => {
		await refused(
			{ options: { schedule: '2031-02-30T09:00:00Z' } },
			PEOPLE[0],
			'Schedule "2031-02-30T09:00:00Z" is not a date (February 2031 has 28 days)',
		);
	});

	it('refuses a 0-byte PDF before any upload', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: [letterItem(PEOPLE[0], Buffer.alloc(0))],
		});
		expect(result.error?.message).toBe('Input Binary Field "data" is an empty file (0 bytes)');
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
	});

	it('country names: "Australia", "new zealand" and "us" are sent as AU, NZ and US', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ addressCountry: '={{ $json.country }}' }),
			items: ['Australia', 'new zealand', 'us'].map((country) =>
				letterItem({ ...PEOPLE[0], country }),
			),
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('POST', '/post/letters/send');
		expect(
			(request.body as { recipients: IDataObject[] }).recipients.map(
				(recipient) => recipient.address_country,
			),
		).toEqual(['AU', 'NZ', 'US']);
	});

	it('a print option mapped as the text "false" is not sent as colour', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({
				documentSource: 'url',
				fileUrl: 'https://example.com/letter.pdf',
				options: { colour: '={{ "false" }}' },
			}),
			items: [PEOPLE[0]],
		});
		expect(result.error).toBeUndefined();
		expect(
			(api.standIn.requestsTo('POST', '/post/letters/send')[0].body as IDataObject).colour,
		).toBe(0);
	});
});

describe('Letter → Send: failed requests', () => {
	it('answered 200 with INSUFFICIENT_CREDIT: the error carries the code and says nothing was posted', async () => {
		api.standIn.on(
			'POST',
			'/post/letters/send',
			failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: [letterItem(PEOPLE[0])],
		});
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain('Nothing of this run was sent');
		expect(api.standIn.requestsTo('POST', '/post/letters/send')).toHaveLength(1);
	});

	it('a 502 HTML page on the second document is not retried; the error names each item', async () => {
		let calls = 0;
		api.standIn.on('POST', '/post/letters/send', (request) =>
			++calls === 2 ? FAULTS.html(502) : echoLetters()(request),
		);
		const docs = ['A', 'B', 'C'].map((label) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: docs.map((content) => letterItem(PEOPLE[0], content)),
		});
		expect(result.error?.message).toBe(
			'ClickSend or a server in between answered with an error: HTTP 502 with an HTML page titled "502 Bad Gateway" (HTTP_ERROR)',
		);
		expect(result.error?.description).toContain(
			'item 0: accepted by ClickSend; item 1: may have been accepted (the request failed without a clear answer); item 2: not sent',
		);
		expect(api.standIn.requestsTo('POST', '/post/letters/send')).toHaveLength(2);
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(2);
	});
});

describe('Letter → Cancel', () => {
	const messageId = '7C0CF79F-F6E0-471D-8CC8-D7AB34A4D423';
	const cancel = (id: string) => ({ resource: 'letter', operation: 'cancel', messageId: id });

	it('cancels one scheduled letter with PUT /post/letters/{message_id}/cancel (spec-checked)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel(messageId) });
		expect(result.error).toBeUndefined();
		const requests = api.standIn.requestsTo('PUT', `/post/letters/${messageId}/cancel`);
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: {
					cancelled: true,
					message_id: messageId,
					response_msg: 'Scheduled letter has been cancelled.',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(api.standIn.toleratedViolations).toEqual([]);
	});

	it('cancels one letter per item, each with its own message ID', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: cancel('={{ $json.id }}'),
			items: [{ id: 'L-1' }, { id: ' L-2 ' }],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'PUT /post/letters/L-1/cancel',
			'PUT /post/letters/L-2/cancel',
		]);
		expect(result.items.map((item) => [item.json.message_id, item.pairedItem])).toEqual([
			['L-1', { item: 0 }],
			['L-2', { item: 1 }],
		]);
	});

	it.each([
		['empty (mapped)', '={{ $json.missing }}', 'Message ID is empty'],
		['whitespace', '   ', 'Message ID is empty'],
		['an object', '={{ { id: 1 } }}', 'Message ID received an object {"id":1} instead of text'],
		['a list', '={{ ["L-1", "L-2"] }}', 'Message ID received a list of 2 values instead of text'],
		['a path', 'L-1/../../sms', 'Message ID "L-1/../../sms" is not a valid ID'],
	])('refuses a Message ID that is %s, sending nothing', async (_name, id, message) => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel(id) });
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it("reports ClickSend's error for a letter that cannot be cancelled", async () => {
		api.standIn.on(
			'PUT',
			/^\/post\/letters\/.+\/cancel$/,
			failure(404, 'NOT_FOUND', 'Scheduled letter not found.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel('L-404') });
		expect(result.error?.message).toBe('ClickSend: Scheduled letter not found (NOT_FOUND)');
		expect(api.standIn.requests).toHaveLength(1);
	});

	it('a 200 whose response_code is not SUCCESS is an error carrying the code', async () => {
		api.standIn.on(
			'PUT',
			/^\/post\/letters\/.+\/cancel$/,
			failure(200, 'INVALID_REQUEST', 'Letter already posted.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel('L-1') });
		expect(result.error?.message).toBe('ClickSend: Letter already posted (INVALID_REQUEST)');
	});

	it('is retried after a 503 (cancelling twice is harmless)', async () => {
		api.standIn.on(
			'PUT',
			/^\/post\/letters\/.+\/cancel$/,
			failure(503, 'SERVICE_UNAVAILABLE', 'Down.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: cancel('L-1') });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requests).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ cancelled: true, message_id: 'L-1' });
	});
});

describe('Letter → Get Many: bad input and faults', () => {
	it.each([[0], [-1], ['abc']])('Limit %p is refused before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'letter', operation: 'getAll', returnAll: false, limit },
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Return All with a 500 on page 2: exactly the 230 letters, each once', async () => {
		api.standIn.on(
			'GET',
			'/post/letters/history',
			pagedList(230, (index) => ({ message_id: `L-${index}` })),
		);
		api.standIn.on(
			'GET',
			'/post/letters/history',
			(request) =>
				request.query.page === '2' ? failure(500, 'INTERNAL_ERROR', 'Oops.') : undefined,
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'letter', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.message_id)).toEqual(
			Array.from({ length: 230 }, (_, index) => `L-${index}`),
		);
		expect(
			api.standIn.requestsTo('GET', '/post/letters/history').map((request) => request.query.page),
		).toEqual(['1', '2', '2', '3']);
	});

	it('a 200 with malformed JSON is an error carrying the code', async () => {
		api.standIn.on('GET', '/post/letters/history', FAULTS.raw(200, '{"data":'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'letter', operation: 'getAll', limit: 5 },
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with a body that is not JSON: "{"data":" (NOT_CLICKSEND_ANSWER)',
		);
	});

	it('pairs the rows of each input item with it', async () => {
		api.standIn.on(
			'GET',
			'/post/letters/history',
			success({ total: 1, current_page: 1, last_page: 1, data: [{ message_id: 'L-1' }] }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'letter', operation: 'getAll', limit: 5 },
			items: [{}, {}],
		});
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
