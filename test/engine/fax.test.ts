import type { IDataObject } from 'n8n-workflow';

import { failure, NOT_SUCCESS_200, pagedList, success, uploadAnswer } from '../harness/answers';
import { runClickSend, type InputItem } from '../harness/engine';
import { FAULTS, type RecordedRequest, type ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

/** Two small "PDFs": the node compares documents by content, not by binary property. */
const INVOICE = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% invoice\n%%EOF\n');
const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`);

/** Test fax numbers from ClickSend's API reference. */
const FAX = ['+61261111111', '+61262222222', '+61263333333'];

function faxItem(
	to: string,
	content = INVOICE,
	fileName = 'invoice.pdf',
	mimeType = 'application/pdf',
	property = 'data',
): InputItem {
	return { json: { fax: to }, binary: { [property]: { content, fileName, mimeType } } };
}

/** POST /uploads: FILE-1.pdf, FILE-2.pdf… in upload order, fresh for each test. */
const answerUploads = () =>
	api.standIn.on(
		'POST',
		'/uploads',
		uploadAnswer('https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-'),
	);

let nextMessageId = 1;

/** POST /fax/send or /fax/price as in ClickSend's API reference: one result per message, in request order. */
function echoFaxes(statusFor: (message: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const body = request.body as { file_url: string; messages: IDataObject[] };
		const messages = body.messages.map((message) => ({
			user_id: 1,
			subaccount_id: 1,
			list_id: null,
			message_id: `FAX-${nextMessageId++}`,
			to: message.to,
			from: message.from ?? '+61298441484',
			carrier: '',
			country: 'AU',
			custom_string: message.custom_string ?? '',
			schedule: message.schedule ?? '',
			message_pages: 1,
			message_price: '2.2000',
			status_code: null,
			status_text: null,
			date_added: 1457504350,
			from_email: message.from_email ?? null,
			_file_url: body.file_url,
			status: statusFor(message),
		}));
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Fax queued for delivery.',
				data: {
					total_price: 2.2 * messages.length,
					total_count: messages.length,
					queued_count: messages.filter((message) => message.status === 'SUCCESS').length,
					messages,
					_currency: { currency_name_short: 'AUD' },
				},
			},
		};
	};
}

const sendParameters = (extra: IDataObject = {}) => ({
	resource: 'fax',
	operation: 'send',
	to: '={{ $json.fax }}',
	...extra,
});

const faxRequests = (path = '/fax/send') =>
	api.standIn
		.requestsTo('POST', path)
		.map((request) => request.body as { file_url: string; messages: IDataObject[] });

beforeEach(() => {
	answerUploads();
	api.standIn.on('POST', '/fax/send', echoFaxes());
});

describe('Fax → Send', () => {
	it('uploads a PDF shared by 3 items once and sends the 3 faxes in one request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { customString: 'invoice-42' } }),
			items: FAX.map((to) => faxItem(to)),
		});
		expect(result.error).toBeUndefined();
		const uploads = api.standIn.requestsTo('POST', '/uploads');
		expect(uploads).toHaveLength(1);
		expect(uploads[0].query).toEqual({ convert: 'fax' });
		expect(uploads[0].body).toEqual({ content: INVOICE.toString('base64') });
		expect(faxRequests()).toEqual([
			{
				file_url: 'https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-1.pdf',
				messages: FAX.map((to) => ({ to, source: 'n8n', custom_string: 'invoice-42' })),
			},
		]);
		expect(result.items.map((item) => [item.json.to, item.json.status, item.pairedItem])).toEqual(
			FAX.map((to, index) => [to, 'SUCCESS', { item: index }]),
		);
		expect(result.items[0].json.message_id).toMatch(/^FAX-/);
	});

	it('uploads each distinct PDF once and sends one request per document, results in input order', async () => {
		const a = pdf('A');
		const b = pdf('B');
		const c = pdf('C');
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [
				faxItem(FAX[0], a),
				faxItem(FAX[1], b),
				faxItem(FAX[2], c),
				faxItem(FAX[0], b, 'copy.pdf'),
			],
		});
		expect(result.error).toBeUndefined();
		const uploads = api.standIn
			.requestsTo('POST', '/uploads')
			.map((request) => (request.body as IDataObject).content);
		expect(uploads).toEqual([a, b, c].map((content) => content.toString('base64')));
		const requests = faxRequests();
		expect(
			requests.map((request) => [
				request.file_url.replace(/.*\//, ''),
				request.messages.map((message) => message.to),
			]),
		).toEqual([
			['FILE-1.pdf', [FAX[0]]],
			['FILE-2.pdf', [FAX[1], FAX[0]]],
			['FILE-3.pdf', [FAX[2]]],
		]);
		expect(
			result.items.map((item) => [
				item.json.to,
				String(item.json._file_url).replace(/.*\//, ''),
				item.pairedItem,
			]),
		).toEqual([
			[FAX[0], 'FILE-1.pdf', { item: 0 }],
			[FAX[1], 'FILE-2.pdf', { item: 1 }],
			[FAX[2], 'FILE-3.pdf', { item: 2 }],
			[FAX[0], 'FILE-2.pdf', { item: 3 }],
		]);
	});

	it('sends 1001 items sharing one PDF with one upload and two requests (1000 + 1)', async () => {
		const numbers = Array.from({ length: 1001 }, (_, index) => `+612${String(61000000 + index)}`);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: numbers.map((to) => faxItem(to)),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		const requests = faxRequests();
		expect(requests.map((request) => [request.file_url, request.messages.length])).toEqual([
			['https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-1.pdf', 1000],
			['https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-1.pdf', 1],
		]);
		expect(result.items.map((item) => item.json.to)).toEqual(numbers);
		result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
	}, 60_000);

	it('reads the input binary with getBinaryDataBuffer (stored out of the item)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0])],
		});
		expect(result.error).toBeUndefined();
		const input =
			result.run.data.resultData.runData['Manual Trigger'][0].data!.main[0]![0].binary!.data;
		expect(input.id).toMatch(/^filesystem-v2:/);
		expect(api.standIn.requestsTo('POST', '/uploads')[0].body).toEqual({
			content: INVOICE.toString('base64'),
		});
	});

	it('sends a File URL without uploading, with every option in the fields ClickSend expects', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({
				documentSource: 'url',
				fileUrl: ' https://example.com/invoice.pdf ',
				options: {
					from: '+61 2 9844 1484',
					fromEmail: 'test1@test.com',
					country: 'au',
					schedule: '2030-01-01T10:00:00+10:00',
					source: 'billing',
				},
			}),
			items: [{ fax: '+61261111111' }],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
		expect(faxRequests()).toEqual([
			{
				file_url: 'https://example.com/invoice.pdf',
				messages: [
					{
						to: '+61261111111',
						source: 'billing',
						from: '+61298441484',
						schedule: 1893456000,
						country: 'AU',
						from_email: 'test1@test.com',
					},
				],
			},
		]);
	});

	describe('a fax ClickSend refuses', () => {
		const refuse = () =>
			api.standIn.on(
				'POST',
				'/fax/send',
				echoFaxes((message) => (message.to === FAX[1] ? 'INVALID_RECIPIENT' : 'SUCCESS')),
			);

		it('fails only its item with Continue On Fail; the others keep their results', async () => {
			refuse();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items: FAX.map((to) => faxItem(to)),
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(faxRequests()).toHaveLength(1);
			expect(
				result.items.map((item) => [item.json.status, item.json.error ?? null, item.pairedItem]),
			).toEqual([
				['SUCCESS', null, { item: 0 }],
				[
					'INVALID_RECIPIENT',
					`ClickSend did not accept the message to ${FAX[1]} (INVALID_RECIPIENT)`,
					{ item: 1 },
				],
				['SUCCESS', null, { item: 2 }],
			]);
		});

		it('stops the workflow without Continue On Fail, saying the other faxes were already accepted', async () => {
			refuse();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items: FAX.map((to) => faxItem(to)),
			});
			expect(result.error?.message).toBe(
				`ClickSend did not accept the message to ${FAX[1]} (INVALID_RECIPIENT)`,
			);
			expect(result.error?.description).toContain(
				'Check the fax history before running the workflow again',
			);
			expect(faxRequests()).toHaveLength(1);
		});
	});

	it('does not send the faxes of a document whose upload failed, and sends the others', async () => {
		api.standIn.on('POST', '/uploads', (request) =>
			(request.body as IDataObject).content === pdf('broken').toString('base64')
				? {
						status: 400,
						body: {
							http_code: 400,
							response_code: 'BAD_REQUEST',
							response_msg: 'Unable to convert the file.',
							data: null,
						},
					}
				: undefined,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0], pdf('broken')), faxItem(FAX[1])],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests().map((request) => request.messages.map((message) => message.to))).toEqual([
			[FAX[1]],
		]);
		expect(result.items[0].json.error).toEqual(
			expect.stringContaining('Unable to convert the file'),
		);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json).toMatchObject({ to: FAX[1], status: 'SUCCESS' });
	});

	it('retries an upload that failed with a server error (nothing was sent yet), then sends once', async () => {
		api.standIn.on(
			'POST',
			'/uploads',
			{
				status: 503,
				headers: { 'retry-after': '0' },
				body: {
					http_code: 503,
					response_code: 'SERVICE_UNAVAILABLE',
					response_msg: 'Try again.',
					data: null,
				},
			},
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0])],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(2);
		expect(faxRequests()).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ to: FAX[0], status: 'SUCCESS' });
	});

	it('does not retry /fax/send after a server error (the faxes may have been accepted)', async () => {
		api.standIn.on('POST', '/fax/send', {
			status: 500,
			headers: { 'retry-after': '0' },
			body: {
				http_code: 500,
				response_code: 'INTERNAL_SERVER_ERROR',
				response_msg: 'Something is broken.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0])],
		});
		expect(faxRequests()).toHaveLength(1);
		// The one-request-path summary replaced "not sent again automatically" for HTTP errors.
		expect(result.error?.description).toContain(
			'item 0: may have been accepted (the request failed without a clear answer)',
		);
		expect(result.error?.description).toContain(
			'Check the fax history before running the workflow again',
		);
	});

	it('with Continue On Fail, an item with a bad file fails alone and the others are sent', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [
				faxItem(FAX[0]),
				faxItem(FAX[1], Buffer.from('x'), 'notes.txt', 'text/plain'),
				faxItem(FAX[2]),
			],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests().map((request) => request.messages.map((message) => message.to))).toEqual([
			[FAX[0], FAX[2]],
		]);
		expect(
			result.items.map((item) => [
				item.json.status ?? null,
				item.json.error ?? null,
				item.pairedItem,
			]),
		).toEqual([
			['SUCCESS', null, { item: 0 }],
			[
				null,
				'Input Binary Field "data" is not a PDF file ("notes.txt", type text/plain)',
				{ item: 1 },
			],
			['SUCCESS', null, { item: 2 }],
		]);
	});

	describe('checks every item before any request', () => {
		const expectRefused = async (
			items: InputItem[] | IDataObject[],
			extra: IDataObject,
			message: string,
			description?: string,
		) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(extra),
				items,
			});
			expect(result.error?.message).toBe(message);
			if (description) expect(result.error?.description).toBe(description);
			expect(api.standIn.requests).toHaveLength(0);
		};

		it('names the binary properties the item has when the chosen one is missing', async () => {
			await expectRefused(
				[
					faxItem(FAX[0]),
					faxItem(FAX[1], INVOICE, 'invoice.pdf', 'application/pdf', 'attachment_0'),
				],
				{},
				'Input Binary Field "data" is not a binary property of item 1',
				"The item's binary properties are: attachment_0. Put one of them in Input Binary Field.",
			);
		});

		it('refuses a file that is not a PDF', async () => {
			await expectRefused(
				[faxItem(FAX[0], Buffer.from('hello'), 'notes.txt', 'text/plain')],
				{},
				'Input Binary Field "data" is not a PDF file ("notes.txt", type text/plain)',
			);
		});

		it('refuses a fax number that is not a phone number', async () => {
			await expectRefused([faxItem('call me')], {}, 'To "call me" is not a phone number');
		});

		it('refuses a From that is not a fax number', async () => {
			await expectRefused(
				[faxItem(FAX[0])],
				{ options: { from: 'MyShop' } },
				'From "MyShop" is not a phone number',
			);
		});

		it('refuses a schedule in the past', async () => {
			await expectRefused(
				[faxItem(FAX[0])],
				{ options: { schedule: '2020-01-01T00:00:00Z' } },
				'Schedule 2020-01-01T00:00:00.000Z is in the past',
			);
		});

		it('refuses a File URL that is not a web address', async () => {
			await expectRefused(
				[{ fax: FAX[0] }],
				{ documentSource: 'url', fileUrl: 'C:\\invoice.pdf' },
				'File URL "C:\\invoice.pdf" is not a web address',
			);
		});

		it('refuses a reply email that is not an email address', async () => {
			await expectRefused(
				[faxItem(FAX[0])],
				{ options: { fromEmail: 'someone' } },
				'Reply Email "someone" is not an email address',
			);
		});
	});
});

describe('Fax → Calculate Price', () => {
	it('prices the faxes with the same body as Send, without sending', async () => {
		// ClickSend's API reference types a fax's schedule as an integer (Unix seconds); the spec's
		// calculate_fax_price_request says string. The node follows the docs.
		api.standIn.tolerateContractViolation(
			'POST',
			'/fax/price',
			'API reference: schedule is an integer',
		);
		api.standIn.on('POST', '/fax/price', echoFaxes());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({
				operation: 'calculatePrice',
				options: { schedule: '2030-01-01T10:00:00+10:00' },
			}),
			items: [faxItem(FAX[0]), faxItem(FAX[1])],
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests('/fax/send')).toHaveLength(0);
		expect(faxRequests('/fax/price')).toEqual([
			{
				file_url: 'https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-1.pdf',
				messages: [FAX[0], FAX[1]].map((to) => ({ to, source: 'n8n', schedule: 1893456000 })),
			},
		]);
		expect(result.items.map((item) => [item.json.message_price, item.pairedItem])).toEqual([
			['2.2000', { item: 0 }],
			['2.2000', { item: 1 }],
		]);
		expect(api.standIn.toleratedViolations.map((violation) => violation.request)).toEqual([
			'POST /fax/price',
		]);
	});
});

describe('Fax history and receipts', () => {
	const page = (rows: IDataObject[]) => ({
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here is your history.',
			data: {
				total: rows.length,
				per_page: 15,
				current_page: 1,
				last_page: 1,
				next_page_url: null,
				prev_page_url: null,
				from: 1,
				to: rows.length,
				data: rows,
			},
		},
	});

	it('Get Many lists the fax history within a date range, one item per fax', async () => {
		// Simplify (on by default) keeps the main fields and drops the others (user_id, carrier…).
		api.standIn.on(
			'GET',
			'/fax/history',
			page([
				{ message_id: 'FAX-1', to: FAX[0], user_id: 1, carrier: '' },
				{ message_id: 'FAX-2', to: FAX[1], user_id: 1 },
			]),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'fax',
				operation: 'getAll',
				limit: 20,
				filters: { dateFrom: '2026-01-01T00:00:00Z', dateTo: '2026-02-01T00:00:00Z' },
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = api.standIn.requestsTo('GET', '/fax/history');
		expect(request.query).toEqual({
			date_from: '1767225600',
			date_to: '1769904000',
			page: '1',
			limit: '20',
		});
		expect(result.items).toEqual([
			{ json: { message_id: 'FAX-1', to: FAX[0] }, pairedItem: { item: 0 } },
			{ json: { message_id: 'FAX-2', to: FAX[1] }, pairedItem: { item: 0 } },
		]);
	});

	it('Get Many Receipts lists fax delivery receipts', async () => {
		const receipt = {
			timestamp_send: '1450854013',
			timestamp: '1451200622',
			message_id: 'FAX-1',
			status_code: 'Completed',
			message_type: 'fax',
		};
		api.standIn.on('GET', '/fax/receipts', page([receipt]));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'fax', operation: 'getAllReceipts', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/fax/receipts')[0].query).toEqual({
			page: '1',
			limit: '100',
		});
		expect(result.items).toEqual([
			{
				json: {
					timestamp_send: '1450854013',
					timestamp_send_iso: '2015-12-23T07:00:13.000Z',
					timestamp: '1451200622',
					timestamp_iso: '2015-12-27T07:17:02.000Z',
					message_id: 'FAX-1',
					status_code: 'Completed',
					message_type: 'fax',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('Get Receipt gets the receipt of one fax', async () => {
		const receipt = {
			message_id: '88AB118E-EB1B-478C-98CE-6C73ABA23F67',
			status_code: 'Completed',
			message_type: 'fax',
		};
		api.standIn.on('GET', '/fax/receipts/88AB118E-EB1B-478C-98CE-6C73ABA23F67', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Here is your receipt.',
				data: receipt,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'fax',
				operation: 'getReceipt',
				messageId: ' 88AB118E-EB1B-478C-98CE-6C73ABA23F67 ',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: receipt, pairedItem: { item: 0 } }]);
	});
});

describe('Fax → Send: documents checked before any upload', () => {
	it.each([
		['a 0-byte PDF', Buffer.alloc(0), 'Input Binary Field "data" is an empty file (0 bytes)'],
		[
			'a 30 MB PDF',
			Buffer.alloc(30 * 1024 * 1024, 0x25),
			'Input Binary Field "data" is too large (30.0 MB; at most 20 MB)',
		],
	])(
		'refuses %s: nothing is uploaded or sent',
		async (_name, content, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items: [faxItem(FAX[0]), faxItem(FAX[1], content)],
			});
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
			expect(api.standIn.requests).toHaveLength(0);
		},
		30_000,
	);
});

describe('Fax → Send: a run whose second request fails', () => {
	/** Five faxes of one PDF in batches of 2: requests [0, 1], [2, 3], [4]. */
	const fiveFaxes = () => [0, 1, 2, 3, 4].map((index) => faxItem(`+6126111111${index}`));
	const failSecondRequest = (answer: ScriptedResponse) => {
		let calls = 0;
		api.standIn.on('POST', '/fax/send', (request) =>
			++calls === 2 ? answer : echoFaxes()(request),
		);
	};

	it('after a 500, says which items were accepted, may have been accepted and were not sent; nothing is sent twice', async () => {
		failSecondRequest(failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { batchSize: 2 } }),
			items: fiveFaxes(),
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(result.error?.description).toContain(
			'items 0–1: accepted by ClickSend; items 2–3: may have been accepted (the request failed without a clear answer); item 4: not sent',
		);
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(1);
		expect(faxRequests().map((request) => request.messages.map((message) => message.to))).toEqual([
			['+61261111110', '+61261111111'],
			['+61261111112', '+61261111113'],
		]);
	});

	it('after a refusal (400), says those items were not accepted', async () => {
		failSecondRequest(failure(400, 'BAD_REQUEST', 'Invalid file.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { batchSize: 2 } }),
			items: fiveFaxes(),
		});
		expect(result.error?.description).toContain(
			'items 0–1: accepted by ClickSend; items 2–3: not accepted; item 4: not sent',
		);
		expect(faxRequests()).toHaveLength(2);
	});

	it('with Continue On Fail, fails only the second batch and still sends the third', async () => {
		failSecondRequest(failure(500, 'INTERNAL_ERROR', 'Oops.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { batchSize: 2 } }),
			items: fiveFaxes(),
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests()).toHaveLength(3);
		expect(
			result.items.map((item) => [item.json.error ? 'error' : item.json.status, item.pairedItem]),
		).toEqual([
			['SUCCESS', { item: 0 }],
			['SUCCESS', { item: 1 }],
			['error', { item: 2 }],
			['error', { item: 3 }],
			['SUCCESS', { item: 4 }],
		]);
	});

	it('a send answered 200 with INSUFFICIENT_CREDIT carries the code and says nothing was sent', async () => {
		api.standIn.on(
			'POST',
			'/fax/send',
			failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0])],
		});
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain('Nothing of this run was sent');
		expect(faxRequests()).toHaveLength(1);
	});

	it('a send answered 200 with an HTML page is not retried and may have been accepted', async () => {
		api.standIn.on('POST', '/fax/send', FAULTS.html(200, 'Maintenance'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0])],
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		);
		expect(result.error?.description).toContain('item 0: may have been accepted');
		expect(faxRequests()).toHaveLength(1);
	});

	it('a send to a server that never answers ends at the timeout, is not retried, and may have been accepted', async () => {
		api.standIn.on('POST', '/fax/send', FAULTS.hang);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0])],
			credentials: { timeout: 1 },
		});
		expect(result.error?.message).toBe('ClickSend did not answer within 1 second');
		expect(result.error?.description).toContain('item 0: may have been accepted');
		expect(faxRequests()).toHaveLength(1);
	});
});

describe('Fax → Send: values mapped by expressions', () => {
	const refused = async (extra: IDataObject, json: IDataObject, message: RegExp) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(extra),
			items: [{ json, binary: faxItem(FAX[0]).binary }],
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	};

	it.each([
		[
			'an object into To',
			{},
			{ fax: { number: FAX[0] } },
			/^To received an object \{"number":"\+61261111111"\} instead of text$/,
		],
		[
			'a list into To',
			{},
			{ fax: [FAX[0], FAX[1]] },
			/^To received a list of 2 values instead of text$/,
		],
		[
			'an object into Custom String',
			{ options: { customString: '={{ $json.ref }}' } },
			{ fax: FAX[0], ref: { id: 1 } },
			/^Custom String received an object/,
		],
		[
			'a list into Reply Email',
			{ options: { fromEmail: '={{ $json.emails }}' } },
			{ fax: FAX[0], emails: ['test1@test.com'] },
			/^Reply Email received a list of 1 value instead of text$/,
		],
		[
			'an impossible schedule (2031-02-30)',
			{ options: { schedule: '2031-02-30T10:00:00Z' } },
			{ fax: FAX[0] },
			/^Schedule "2031-02-30T10:00:00Z" is not a date \(February 2031 has 28 days\)$/,
		],
		[
			'a country that is not one',
			{ options: { country: 'Atlantis' } },
			{ fax: FAX[0] },
			/^Country "Atlantis" is not a country code$/,
		],
	])('refuses %s before any request', async (_name, extra, json, message) => {
		await refused(extra, json, message);
	});

	it('reads a Country given by its English name as the two-letter code', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ options: { country: 'Australia' } }),
			items: [faxItem('0261111111')],
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests()[0].messages).toEqual([{ to: '0261111111', source: 'n8n', country: 'AU' }]);
	});
});

describe('Fax history and receipts: bad input and faults', () => {
	const fax = (operation: string, extra: IDataObject = {}) => ({
		resource: 'fax',
		operation,
		...extra,
	});

	// An empty literal never runs (n8n refuses a required field left empty); mapped values do.
	it.each([
		['empty (mapped)', '={{ $json.missing }}', 'Message ID is empty'],
		['whitespace', '   ', 'Message ID is empty'],
		['an object', '={{ { id: 1 } }}', 'Message ID received an object {"id":1} instead of text'],
		['a path', '../sms/history', 'Message ID "../sms/history" is not a valid ID'],
	])(
		'Get Receipt with a Message ID that is %s sends nothing',
		async (_name, messageId, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: fax('getReceipt', { messageId }),
			});
			expect(result.error?.message).toBe(message);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it.each([[0], [-1], ['abc']])(
		'Get Many with Limit %p is refused before any request',
		async (limit) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: fax('getAll', { returnAll: false, limit }),
			});
			expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it('Get Many refuses an impossible date before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: fax('getAll', { filters: { dateFrom: '2031-02-30' } }),
		});
		expect(result.error?.message).toBe(
			'Sent After "2031-02-30" is not a date (February 2031 has 28 days)',
		);
		expect(api.standIn.requests).toHaveLength(0);
	});

	describe('Return All when one page fails once', () => {
		const rows = (index: number) => ({ message_id: `FAX-${index}`, to: FAX[0], status: 'Sent' });
		it.each([
			['500 on page 2', 2, failure(500, 'INTERNAL_ERROR', 'Oops.')],
			['429 without Retry-After on page 2', 2, failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
			['an HTML 502 page on page 3', 3, FAULTS.html(502)],
		])(
			'%s: exactly the 250 faxes, each once',
			async (_name, failingPage, answer) => {
				api.standIn.on('GET', '/fax/history', pagedList(250, rows));
				api.standIn.on(
					'GET',
					'/fax/history',
					(request) => (request.query.page === String(failingPage) ? answer : undefined),
					1,
				);
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: fax('getAll', { returnAll: true }),
				});
				expect(result.error).toBeUndefined();
				expect(result.items.map((item) => item.json.message_id)).toEqual(
					Array.from({ length: 250 }, (_, index) => `FAX-${index}`),
				);
				const pages = api.standIn
					.requestsTo('GET', '/fax/history')
					.map((request) => request.query.page);
				const expected = ['1', '2', '3'];
				expected.splice(failingPage - 1, 0, String(failingPage));
				expect(pages).toEqual(expected);
			},
			20_000,
		);
	});

	it.each(NOT_SUCCESS_200)(
		'Get Receipt answered 200 with %s is an error carrying the code',
		async (_name, answer, message) => {
			api.standIn.on('GET', '/fax/receipts/FAX-1', answer);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: fax('getReceipt', { messageId: 'FAX-1' }),
			});
			expect(result.error?.message).toBe(message);
			expect(api.standIn.requestsTo('GET', '/fax/receipts/FAX-1')).toHaveLength(1);
		},
	);

	it('Get Many Receipts with Continue On Fail puts the error on the item and lists the next item', async () => {
		api.standIn.on(
			'GET',
			'/fax/receipts',
			success({ total: 1, current_page: 1, last_page: 1, data: [{ message_id: 'FAX-1' }] }),
		);
		api.standIn.on('GET', '/fax/receipts', failure(200, 'FORBIDDEN', 'Access denied.'), 1);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: fax('getAllReceipts', { returnAll: true }),
			items: [{ run: 1 }, { run: 2 }],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(
			result.items.map((item) => [item.json.error ?? item.json.message_id, item.pairedItem]),
		).toEqual([
			['ClickSend: Access denied (FORBIDDEN)', { item: 0 }],
			['FAX-1', { item: 1 }],
		]);
	});
});
