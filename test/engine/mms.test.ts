import type { IDataObject } from 'n8n-workflow';

import { failure, onPage, PAGE_FAULTS, pagedList } from '../harness/answers';
import { byId, type InputItem, runClickSend } from '../harness/engine';
import type { RecordedRequest, ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const UPLOADED_URL = 'https://rest.clicksend.com/files/161BFA93-3660-4B03-9BCB-7629166F2E91.jpg';
const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
	'hex',
);
const GIF = Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex');

let nextId = 1;

/** POST /mms/send or /mms/price as ClickSend answers it: one result per message, in order. */
function echoMms(statusFor: (message: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const { media_file, messages } = request.body as {
			media_file: string;
			messages: IDataObject[];
		};
		const results = messages.map((message) => ({
			...message,
			message_id: `MMS-${nextId++}`,
			message_price: '0.3200',
			_media_file_url: media_file,
			status: statusFor(message),
		}));
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Messages queued for delivery.',
				data: { total_count: results.length, messages: results },
			},
		};
	};
}

/** POST /uploads?convert=mms answered with a new file URL each time. */
function scriptUploads() {
	let uploads = 0;
	api.standIn.on('POST', '/uploads', () => ({
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Your file has been uploaded.',
			data: {
				upload_id: ++uploads,
				_url: uploads === 1 ? UPLOADED_URL : `${UPLOADED_URL}?${uploads}`,
			},
		},
	}));
}

const number = (index: number) => `+614${String(10000000 + index).padStart(8, '0')}`;

const withImage = (
	json: IDataObject,
	content = PNG,
	fileName = 'ticket.png',
	mimeType = 'image/png',
): InputItem => ({
	json,
	binary: { data: { content, fileName, mimeType } },
});

const mmsParameters = (extra: IDataObject = {}) => ({
	resource: 'mms',
	operation: 'send',
	to: '={{ $json.phone }}',
	subject: 'Your ticket',
	message: '={{ $json.text }}',
	...extra,
});

const requestsTo = (path: string) =>
	api.standIn
		.requestsTo('POST', path)
		.map((request) => request.body as { media_file: string; messages: IDataObject[] });

describe('MMS → Send', () => {
	it('1 item: uploads its image once (convert=mms) and sends 1 request with the uploaded URL', async () => {
		scriptUploads();
		api.standIn.on('POST', '/mms/send', echoMms());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({
				from: byId('MyShop'),
				options: { customString: 'order-42', country: 'au' },
			}),
			items: [withImage({ phone: '+61 411 111 111', text: 'See you there' })],
		});
		expect(result.error).toBeUndefined();
		// n8n stored the image out of the item (filesystem-v2): the right bytes reaching ClickSend
		// prove the node reads it with getBinaryDataBuffer, whatever the binary data mode.
		expect(
			result.run.data.resultData.runData['Manual Trigger'][0].data!.main[0]![0].binary!.data.id,
		).toMatch(/^filesystem-v2:/);
		const uploads = api.standIn.requestsTo('POST', '/uploads');
		expect(uploads).toHaveLength(1);
		expect(uploads[0].query).toEqual({ convert: 'mms' });
		expect(uploads[0].body).toEqual({ content: PNG.toString('base64') });
		expect(requestsTo('/mms/send')).toEqual([
			{
				media_file: UPLOADED_URL,
				messages: [
					{
						to: '+61411111111',
						subject: 'Your ticket',
						body: 'See you there',
						from: 'MyShop',
						custom_string: 'order-42',
						country: 'AU',
						source: 'n8n',
					},
				],
			},
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			to: '+61411111111',
			status: 'SUCCESS',
			_media_file_url: UPLOADED_URL,
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('1,500 items sharing one image: 1 upload and 2 requests (1000 + 500), results in input order', async () => {
		scriptUploads();
		api.standIn.on('POST', '/mms/send', echoMms());
		const items = Array.from({ length: 1500 }, (_, index) =>
			withImage({ phone: number(index), text: `Ticket ${index}` }),
		);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: mmsParameters(), items });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		const requests = requestsTo('/mms/send');
		expect(requests.map((request) => [request.media_file, request.messages.length])).toEqual([
			[UPLOADED_URL, 1000],
			[UPLOADED_URL, 500],
		]);
		expect(result.items).toHaveLength(1500);
		result.items.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.to).toBe(number(index));
		});
	}, 120_000);

	it('groups messages by image: two distinct files are uploaded once each and sent in separate requests', async () => {
		scriptUploads();
		api.standIn.on('POST', '/mms/send', echoMms());
		const items = [
			withImage({ phone: number(0), text: 'a' }),
			withImage({ phone: number(1), text: 'b' }, GIF, 'b.gif', 'image/gif'),
			withImage({ phone: number(2), text: 'c' }),
		];
		const result = await runClickSend(api.standIn.baseUrl, { parameters: mmsParameters(), items });
		expect(result.error).toBeUndefined();
		const uploads = api.standIn
			.requestsTo('POST', '/uploads')
			.map((upload) => (upload.body as IDataObject).content);
		expect(uploads).toEqual([PNG.toString('base64'), GIF.toString('base64')]);
		expect(
			requestsTo('/mms/send').map((request) => [
				request.media_file,
				request.messages.map((message) => message.body),
			]),
		).toEqual([
			[UPLOADED_URL, ['a', 'c']],
			[`${UPLOADED_URL}?2`, ['b']],
		]);
		expect(
			result.items.map((item) => [item.json.body, item.json._media_file_url, item.pairedItem]),
		).toEqual([
			['a', UPLOADED_URL, { item: 0 }],
			['b', `${UPLOADED_URL}?2`, { item: 1 }],
			['c', UPLOADED_URL, { item: 2 }],
		]);
	});

	it('a Media URL (JPG) is sent as media_file without an upload', async () => {
		api.standIn.on('POST', '/mms/send', echoMms());
		const url = 'https://example.com/images/ticket.jpg';
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({ mediaSource: 'url', mediaUrl: url }),
			items: [
				{ phone: number(0), text: 'Hi' },
				{ phone: number(1), text: 'Hi' },
			],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
		expect(
			requestsTo('/mms/send').map((request) => [request.media_file, request.messages.length]),
		).toEqual([[url, 2]]);
	});

	it('sends to a contact list (list_id as a number, as the API reference types it)', async () => {
		api.standIn.on('POST', '/mms/send', (request) => {
			const { messages } = request.body as { messages: IDataObject[] };
			const rows = ['+61411111111', '+61422222222'].map((to, index) => ({
				to,
				list_id: 428,
				status: 'SUCCESS',
				message_id: `L-${index}`,
				body: messages[0].body,
			}));
			return {
				status: 200,
				body: {
					http_code: 200,
					response_code: 'SUCCESS',
					response_msg: 'Messages queued for delivery.',
					data: { messages: rows },
				},
			};
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({
				to: undefined,
				sendTo: 'contactList',
				listId: byId('428'),
				mediaSource: 'url',
				mediaUrl: 'https://example.com/a.gif',
				message: 'Sale today',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(requestsTo('/mms/send')[0].messages).toEqual([
			{ list_id: 428, subject: 'Your ticket', body: 'Sale today', source: 'n8n' },
		]);
		expect(result.items[0].json).toMatchObject({
			list_id: 428,
			message_count: 2,
			accepted_count: 2,
			failed_count: 0,
		});
	});

	describe('a message ClickSend refuses (INVALID_RECIPIENT)', () => {
		const bad = '+61400000000';
		const items = [
			withImage({ phone: '+61411111111', text: 'one' }),
			withImage({ phone: bad, text: 'two' }),
			withImage({ phone: '+61422222222', text: 'three' }),
		];
		const refuseBad = () => {
			scriptUploads();
			api.standIn.on(
				'POST',
				'/mms/send',
				echoMms((message) => (message.to === bad ? 'INVALID_RECIPIENT' : 'SUCCESS')),
			);
		};

		it('fails the workflow naming the status and the recipient, saying the others were accepted', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: mmsParameters(),
				items,
			});
			expect(result.error?.message).toContain('INVALID_RECIPIENT');
			expect(result.error?.message).toContain(bad);
			expect(result.error?.description).toContain(
				'item 0: accepted by ClickSend; item 1: not accepted; item 2: accepted by ClickSend',
			);
			expect(result.error?.description).toContain('MMS history');
		});

		it('with Continue On Fail, only that item carries the error', async () => {
			refuseBad();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: mmsParameters(),
				items,
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('POST', '/mms/send')).toHaveLength(1);
			expect(result.items.map((item) => item.json.status)).toEqual([
				'SUCCESS',
				'INVALID_RECIPIENT',
				'SUCCESS',
			]);
			expect(result.items.map((item) => Boolean(item.json.error))).toEqual([false, true, false]);
			expect(result.items[1].json.error).toContain('INVALID_RECIPIENT');
			expect(result.items.map((item) => item.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
		});
	});

	it('with Continue On Fail, a failed upload fails the items of that image only and sends nothing for them', async () => {
		api.standIn.on('POST', '/uploads', (request) =>
			(request.body as IDataObject).content === GIF.toString('base64')
				? {
						status: 400,
						body: {
							http_code: 400,
							response_code: 'BAD_REQUEST',
							response_msg: 'Invalid file.',
							data: null,
						},
					}
				: {
						status: 200,
						body: {
							http_code: 200,
							response_code: 'SUCCESS',
							response_msg: 'Your file has been uploaded.',
							data: { _url: UPLOADED_URL },
						},
					},
		);
		api.standIn.on('POST', '/mms/send', echoMms());
		const items = [
			withImage({ phone: number(0), text: 'a' }),
			withImage({ phone: number(1), text: 'b' }, GIF, 'b.gif', 'image/gif'),
		];
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters(),
			items,
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			requestsTo('/mms/send').map((request) => request.messages.map((message) => message.body)),
		).toEqual([['a']]);
		expect(result.items[0].json.status).toBe('SUCCESS');
		expect(result.items[1].json.error).toContain('BAD_REQUEST');
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});

	describe('validation before any request', () => {
		const item = (json: IDataObject = {}) =>
			withImage({ phone: '+61411111111', text: 'Hi', ...json });
		const cases: Array<[string, IDataObject, InputItem, RegExp]> = [
			[
				'an empty subject (ClickSend: SUBJECT_REQUIRED)',
				{ subject: ' ' },
				item(),
				/^Subject is empty/,
			],
			[
				'a subject over 20 characters',
				{ subject: 'This subject is far too long' },
				item(),
				/^Subject is longer than 20 characters/,
			],
			['an empty message', {}, item({ text: '' }), /^Message is empty/],
			[
				'a recipient that is not a phone number',
				{},
				item({ phone: 'call me' }),
				/^To "call me" is not a phone number/,
			],
			[
				'a missing binary property',
				{ binaryPropertyName: 'image' },
				item(),
				/^Input Binary Field "image" is not a binary property/,
			],
			[
				'a file that is not an image',
				{},
				withImage(
					{ phone: '+61411111111', text: 'Hi' },
					Buffer.from('hello'),
					'notes.txt',
					'text/plain',
				),
				/is not a JPG, GIF, PNG or BMP image file/,
			],
			[
				'an image over 250 kB',
				{},
				withImage(
					{ phone: '+61411111111', text: 'Hi' },
					Buffer.alloc(300 * 1024, 1),
					'big.jpg',
					'image/jpeg',
				),
				/is too large \(300 kB; at most 250 kB\)/,
			],
			[
				'a Media URL that is not a web address',
				{ mediaSource: 'url', mediaUrl: 'ticket.jpg' },
				item(),
				/^Media URL "ticket.jpg" is not a web address/,
			],
			[
				'a PNG Media URL (ClickSend takes only JPG/GIF by URL)',
				{ mediaSource: 'url', mediaUrl: 'https://example.com/a.png' },
				item(),
				/is a \.png file, which ClickSend does not take by URL/,
			],
			[
				'a schedule in the past',
				{ options: { schedule: '2020-01-01T00:00:00Z' } },
				item(),
				/^Schedule 2020-01-01T00:00:00.000Z is in the past/,
			],
			[
				'an unparseable schedule',
				{ options: { schedule: 'soonish' } },
				item(),
				/^Schedule "soonish" is not a date/,
			],
			[
				'a batch size of 0',
				{ options: { batchSize: 0 } },
				item(),
				/^Batch Size "0" is out of range/,
			],
			[
				'a batch size over 1000',
				{ options: { batchSize: 1001 } },
				item(),
				/^Batch Size "1001" is out of range/,
			],
			[
				'a message over 1500 GSM characters (ClickSend truncates it)',
				{},
				item({ text: 'a'.repeat(1501) }),
				/^Message is too long for one MMS: 1501 characters \(at most 1500\)/,
			],
			[
				'a message over 500 characters with emoji',
				{},
				item({ text: `🎟${'a'.repeat(499)}` }),
				/^Message is too long for one MMS: 501 characters \(at most 500\)/,
			],
			[
				'an object mapped into Message',
				{},
				item({ text: { line: 'Hi' } }),
				/^Message received an object \{"line":"Hi"\} instead of text/,
			],
			[
				'a list mapped into Subject',
				{ subject: '={{ $json.tags }}' },
				item({ tags: ['a', 'b'] }),
				/^Subject received a list of 2 values instead of text/,
			],
			[
				'an empty image (0 bytes)',
				{},
				withImage(
					{ phone: '+61411111111', text: 'Hi' },
					Buffer.alloc(0),
					'empty.jpg',
					'image/jpeg',
				),
				/^Input Binary Field "data" is an empty file \(0 bytes\)/,
			],
			[
				'an impossible schedule date',
				{ options: { schedule: '2031-02-30T09:00:00Z' } },
				item(),
				/^Schedule "2031-02-30T09:00:00Z" is not a date \(February 2031 has 28 days\)/,
			],
			[
				'an object mapped into Media URL',
				{ mediaSource: 'url', mediaUrl: '={{ $json.image }}' },
				item({ image: { url: 'x' } }),
				/^Media URL received an object \{"url":"x"\} instead of text/,
			],
		];

		it.each(cases)('rejects %s', async (_name, parameters, bad, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: mmsParameters(parameters),
				items: [item({ tags: 'ok', image: 'https://example.com/a.jpg' }), bad],
			});
			expect(result.error?.message).toMatch(message);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requests).toHaveLength(0);
		});
	});
});

describe('MMS → Send: a Contact List ID that cannot be one', () => {
	it.each([
		['empty', '={{ "" }}', 'Contact List is empty'],
		['whitespace', '={{ " " }}', 'Contact List is empty'],
		['not a number', '={{ "vip" }}', 'Contact List "vip" is not a valid ID'],
		[
			'an unsafe integer',
			'={{ "9007199254740993" }}',
			'Contact List "9007199254740993" is too large to be a ClickSend ID',
		],
		[
			'an object',
			'={{ $json.list }}',
			'Contact List received an object {"id":428} instead of text',
		],
	])('%s: refused before any request (no upload, no send)', async (_name, value, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({
				sendTo: 'contactList',
				listId: byId(value),
			}),
			items: [withImage({ list: { id: 428 }, text: 'Sale' })],
		});
		expect(result.error?.message).toBe(message);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('MMS → Send: a request that fails', () => {
	const items = [0, 1, 2, 3].map((index) =>
		withImage({ phone: number(index), text: `Ticket ${index}` }),
	);
	/** /mms/send answers like ClickSend, with `answer` for the second request. */
	const secondRequestFails = (answer: ScriptedResponse) => {
		scriptUploads();
		api.standIn.on('POST', '/mms/send', echoMms());
		let calls = 0;
		api.standIn.on('POST', '/mms/send', () => (++calls === 2 ? answer : undefined));
	};

	it('a 500 on the second batch is not sent again; the error says which items were accepted, may have been, or were not sent', async () => {
		secondRequestFails(failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({ options: { batchSize: 1 } }),
			items: items.slice(0, 3),
		});
		expect(api.standIn.requestsTo('POST', '/mms/send')).toHaveLength(2);
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(result.error?.description).toContain(
			'item 0: accepted by ClickSend; item 1: may have been accepted (the request failed without a clear answer); item 2: not sent',
		);
	});

	it('a 200 with INSUFFICIENT_CREDIT carries the code; nothing of that batch is reported accepted', async () => {
		secondRequestFails(failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({ options: { batchSize: 2 } }),
			items,
		});
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain(
			'items 0–1: accepted by ClickSend; items 2–3: not accepted',
		);
		expect(api.standIn.requestsTo('POST', '/mms/send')).toHaveLength(2);
	});
});

describe('MMS → Calculate Price', () => {
	it('prices the messages with POST /mms/price (image uploaded once) and sends nothing', async () => {
		scriptUploads();
		api.standIn.on('POST', '/mms/price', echoMms());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: mmsParameters({ operation: 'calculatePrice' }),
			items: [
				withImage({ phone: number(0), text: 'a' }),
				withImage({ phone: number(1), text: 'b' }),
			],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		expect(
			requestsTo('/mms/price').map((request) => [request.media_file, request.messages.length]),
		).toEqual([[UPLOADED_URL, 2]]);
		expect(api.standIn.requestsTo('POST', '/mms/send')).toHaveLength(0);
		expect(result.items.map((item) => item.json.message_price)).toEqual(['0.3200', '0.3200']);
	});
});

/** A page of a ClickSend list. */
const page = (rows: IDataObject[]): ScriptedResponse => ({
	status: 200,
	body: {
		http_code: 200,
		response_code: 'SUCCESS',
		response_msg: 'Here are your data.',
		data: {
			total: rows.length,
			per_page: 100,
			current_page: 1,
			last_page: 1,
			from: 1,
			to: rows.length,
			data: rows,
		},
	},
});

describe('MMS → Get Many', () => {
	it('lists the MMS history (GET /mms/history) with the date filters as Unix seconds, simplified', async () => {
		const row = {
			message_id: 'M1',
			date: 1893456000,
			to: '+61411111111',
			from: 'MyShop',
			subject: 'Hi',
			body: 'Hello',
			status: 'Sent',
			status_text: 'Delivered',
			message_price: '0.32',
			custom_string: '',
			user_id: 1,
			carrier: 'Telstra',
		};
		api.standIn.on('GET', '/mms/history', page([row]));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'mms',
				operation: 'getAll',
				limit: 20,
				filters: { dateFrom: '2030-01-01T00:00:00Z', newestFirst: true },
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('GET', '/mms/history');
		expect(request.query).toMatchObject({
			date_from: '1893456000',
			order_by: 'date:desc',
			page: '1',
			limit: '20',
		});
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).not.toHaveProperty('carrier');
		expect(result.items[0].json).toMatchObject({ message_id: 'M1', subject: 'Hi', status: 'Sent' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('MMS → Get Many: faults and bad input', () => {
	it.each([[0], [-1], ['abc']])('refuses Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'mms', operation: 'getAll', limit },
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('refuses an impossible date before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'mms', operation: 'getAll', filters: { dateTo: '2031-02-30' } },
		});
		expect(result.error?.message).toBe(
			'Sent Before "2031-02-30" is not a date (February 2031 has 28 days)',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(PAGE_FAULTS)(
		'Return All: %s on page 2 is retried as page 2, every message once',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/mms/history',
				pagedList(205, (index) => ({ message_id: `M${index}` })),
			);
			api.standIn.on('GET', '/mms/history', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'mms', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.message_id)).toEqual(
				Array.from({ length: 205 }, (_, index) => `M${index}`),
			);
			expect(
				api.standIn.requestsTo('GET', '/mms/history').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it('a 200 with a non-SUCCESS response_code fails with the code, not an empty list', async () => {
		api.standIn.on('GET', '/mms/history', failure(200, 'FORBIDDEN', 'No access to this history.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'mms', operation: 'getAll', returnAll: true },
		});
		expect(result.error?.message).toBe('ClickSend: No access to this history (FORBIDDEN)');
	});
});

describe('MMS receipts (not documented by ClickSend)', () => {
	// GET /mms/receipts and /mms/receipts/{message_id} appear only in a third-party endpoint listing,
	// in neither ClickSend's OpenAPI spec nor its API reference: the
	// operations were removed, and nothing reaches those paths. Delivery receipts of MMS reach n8n
	// through ClickSend's webhooks (the ClickSend Trigger) instead.
	it.each(['getAllReceipts', 'getReceipt', 'getManyReceipts'])(
		'MMS → %s is not an operation and requests nothing',
		async (operation) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'mms', operation, messageId: 'R1', returnAll: true },
			});
			expect(result.error?.message).toBe(
				`The operation "${operation}" of the resource "mms" is not supported`,
			);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);
});
