import type { IDataObject } from 'n8n-workflow';

import { uploadAnswer } from '../harness/answers';
import { runClickSend, type InputItem } from '../harness/engine';
import type { RecordedRequest, ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

/** Two small "PDFs": the node compares documents by content, not by binary property. */
const INVOICE = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% invoice\n%%EOF\n');
const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`);

/** Test fax numbers from ClickSend's docs (seeds). */
const FAX = ['+61261111111', '+61262222222', '+61263333333'];

function faxItem(to: string, content = INVOICE, fileName = 'invoice.pdf', mimeType = 'application/pdf', property = 'data'): InputItem {
	return { json: { fax: to }, binary: { [property]: { content, fileName, mimeType } } };
}

/** POST /uploads: FILE-1.pdf, FILE-2.pdf… in upload order, fresh for each test. */
const answerUploads = () => api.standIn.on('POST', '/uploads', uploadAnswer('https://clicksend-api-downloads.s3.amazonaws.com/_public/FILE-'));

let nextMessageId = 1;

/** POST /fax/send or /fax/price as in the seed docs: one result per message, in request order. */
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
	api.standIn.requestsTo('POST', path).map((request) => request.body as { file_url: string; messages: IDataObject[] });

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
			items: [faxItem(FAX[0], a), faxItem(FAX[1], b), faxItem(FAX[2], c), faxItem(FAX[0], b, 'copy.pdf')],
		});
		expect(result.error).toBeUndefined();
		const uploads = api.standIn.requestsTo('POST', '/uploads').map((request) => (request.body as IDataObject).content);
		expect(uploads).toEqual([a, b, c].map((content) => content.toString('base64')));
		const requests = faxRequests();
		expect(requests.map((request) => [request.file_url.replace(/.*\//, ''), request.messages.map((message) => message.to)])).toEqual([
			['FILE-1.pdf', [FAX[0]]],
			['FILE-2.pdf', [FAX[1], FAX[0]]],
			['FILE-3.pdf', [FAX[2]]],
		]);
		expect(result.items.map((item) => [item.json.to, String(item.json._file_url).replace(/.*\//, ''), item.pairedItem])).toEqual([
			[FAX[0], 'FILE-1.pdf', { item: 0 }],
			[FAX[1], 'FILE-2.pdf', { item: 1 }],
			[FAX[2], 'FILE-3.pdf', { item: 2 }],
			[FAX[0], 'FILE-2.pdf', { item: 3 }],
		]);
	});

	it('sends 1001 items sharing one PDF with one upload and two requests (1000 + 1)', async () => {
		const numbers = Array.from({ length: 1001 }, (_, index) => `+612${String(61000000 + index)}`);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(), items: numbers.map((to) => faxItem(to)) });
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
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(), items: [faxItem(FAX[0])] });
		expect(result.error).toBeUndefined();
		const input = result.run.data.resultData.runData['Manual Trigger'][0].data!.main[0]![0].binary!.data;
		expect(input.id).toMatch(/^filesystem-v2:/);
		expect(api.standIn.requestsTo('POST', '/uploads')[0].body).toEqual({ content: INVOICE.toString('base64') });
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
			api.standIn.on('POST', '/fax/send', echoFaxes((message) => (message.to === FAX[1] ? 'INVALID_RECIPIENT' : 'SUCCESS')));

		it('fails only its item with Continue On Fail; the others keep their results', async () => {
			refuse();
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sendParameters(),
				items: FAX.map((to) => faxItem(to)),
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(faxRequests()).toHaveLength(1);
			expect(result.items.map((item) => [item.json.status, item.json.error ?? null, item.pairedItem])).toEqual([
				['SUCCESS', null, { item: 0 }],
				['INVALID_RECIPIENT', `ClickSend: INVALID_RECIPIENT - the message to ${FAX[1]} was not accepted`, { item: 1 }],
				['SUCCESS', null, { item: 2 }],
			]);
		});

		it('stops the workflow without Continue On Fail, saying the other faxes were already accepted', async () => {
			refuse();
			const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(), items: FAX.map((to) => faxItem(to)) });
			expect(result.error?.message).toBe(`ClickSend: INVALID_RECIPIENT - the message to ${FAX[1]} was not accepted`);
			expect(result.error?.description).toContain('Check the fax history before running the workflow again');
			expect(faxRequests()).toHaveLength(1);
		});
	});

	it('does not send the faxes of a document whose upload failed, and sends the others', async () => {
		api.standIn.on('POST', '/uploads', (request) =>
			(request.body as IDataObject).content === pdf('broken').toString('base64')
				? { status: 400, body: { http_code: 400, response_code: 'BAD_REQUEST', response_msg: 'Unable to convert the file.', data: null } }
				: undefined,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0], pdf('broken')), faxItem(FAX[1])],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests().map((request) => request.messages.map((message) => message.to))).toEqual([[FAX[1]]]);
		expect(result.items[0].json.error).toEqual(expect.stringContaining('Unable to convert the file'));
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json).toMatchObject({ to: FAX[1], status: 'SUCCESS' });
	});

	it('retries an upload that failed with a server error (nothing was sent yet), then sends once', async () => {
		api.standIn.on(
			'POST',
			'/uploads',
			{ status: 503, headers: { 'retry-after': '0' }, body: { http_code: 503, response_code: 'SERVICE_UNAVAILABLE', response_msg: 'Try again.', data: null } },
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(), items: [faxItem(FAX[0])] });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(2);
		expect(faxRequests()).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ to: FAX[0], status: 'SUCCESS' });
	});

	it('does not retry /fax/send after a server error (the faxes may have been accepted)', async () => {
		api.standIn.on('POST', '/fax/send', {
			status: 500,
			headers: { 'retry-after': '0' },
			body: { http_code: 500, response_code: 'INTERNAL_SERVER_ERROR', response_msg: 'Something is broken.', data: null },
		});
		const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(), items: [faxItem(FAX[0])] });
		expect(faxRequests()).toHaveLength(1);
		expect(result.error?.description).toContain('not sent again automatically');
	});

	it('with Continue On Fail, an item with a bad file fails alone and the others are sent', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters(),
			items: [faxItem(FAX[0]), faxItem(FAX[1], Buffer.from('x'), 'notes.txt', 'text/plain'), faxItem(FAX[2])],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(faxRequests().map((request) => request.messages.map((message) => message.to))).toEqual([[FAX[0], FAX[2]]]);
		expect(result.items.map((item) => [item.json.status ?? null, item.json.error ?? null, item.pairedItem])).toEqual([
			['SUCCESS', null, { item: 0 }],
			[null, 'Input Binary Field "data" is not a PDF file ("notes.txt", type text/plain)', { item: 1 }],
			['SUCCESS', null, { item: 2 }],
		]);
	});

	describe('checks every item before any request', () => {
		const expectRefused = async (items: InputItem[] | IDataObject[], extra: IDataObject, message: string, description?: string) => {
			const result = await runClickSend(api.standIn.baseUrl, { parameters: sendParameters(extra), items });
			expect(result.error?.message).toBe(message);
			if (description) expect(result.error?.description).toBe(description);
			expect(api.standIn.requests).toHaveLength(0);
		};

		it('names the binary properties the item has when the chosen one is missing', async () => {
			await expectRefused(
				[faxItem(FAX[0]), faxItem(FAX[1], INVOICE, 'invoice.pdf', 'application/pdf', 'attachment_0')],
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
			await expectRefused([faxItem(FAX[0])], { options: { from: 'MyShop' } }, 'From "MyShop" is not a phone number');
		});

		it('refuses a schedule in the past', async () => {
			await expectRefused([faxItem(FAX[0])], { options: { schedule: '2020-01-01T00:00:00Z' } }, 'Schedule 2020-01-01T00:00:00.000Z is in the past');
		});

		it('refuses a File URL that is not a web address', async () => {
			await expectRefused([{ fax: FAX[0] }], { documentSource: 'url', fileUrl: 'C:\\invoice.pdf' }, 'File URL "C:\\invoice.pdf" is not a web address');
		});

		it('refuses a reply email that is not an email address', async () => {
			await expectRefused([faxItem(FAX[0])], { options: { fromEmail: 'someone' } }, 'Reply Email "someone" is not an email address');
		});
	});
});

describe('Fax → Calculate Price', () => {
	it('prices the faxes with the same body as Send, without sending', async () => {
		// The seed docs type a fax's schedule as an integer (Unix seconds); the spec's
		// calculate_fax_price_request says string. The node follows the docs.
		api.standIn.tolerateContractViolation('POST', '/fax/price', 'seed docs: schedule is an integer');
		api.standIn.on('POST', '/fax/price', echoFaxes());
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sendParameters({ operation: 'calculatePrice', options: { schedule: '2030-01-01T10:00:00+10:00' } }),
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
		expect(api.standIn.toleratedViolations.map((violation) => violation.request)).toEqual(['POST /fax/price']);
	});
});

describe('Fax history and receipts', () => {
	const page = (rows: IDataObject[]) => ({
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here is your history.',
			data: { total: rows.length, per_page: 15, current_page: 1, last_page: 1, next_page_url: null, prev_page_url: null, from: 1, to: rows.length, data: rows },
		},
	});

	it('Get Many lists the fax history within a date range, one item per fax', async () => {
		// Simplify (on by default) keeps the main fields and drops the others (user_id, carrier…).
		api.standIn.on('GET', '/fax/history', page([{ message_id: 'FAX-1', to: FAX[0], user_id: 1, carrier: '' }, { message_id: 'FAX-2', to: FAX[1], user_id: 1 }]));
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
		expect(request.query).toEqual({ date_from: '1767225600', date_to: '1769904000', page: '1', limit: '20' });
		expect(result.items).toEqual([
			{ json: { message_id: 'FAX-1', to: FAX[0] }, pairedItem: { item: 0 } },
			{ json: { message_id: 'FAX-2', to: FAX[1] }, pairedItem: { item: 0 } },
		]);
	});

	it('Get Many Receipts lists fax delivery receipts', async () => {
		const receipt = { timestamp_send: '1450854013', timestamp: '1451200622', message_id: 'FAX-1', status_code: 'Completed', message_type: 'fax' };
		api.standIn.on('GET', '/fax/receipts', page([receipt]));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: { resource: 'fax', operation: 'getAllReceipts', returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/fax/receipts')[0].query).toEqual({ page: '1', limit: '100' });
		expect(result.items).toEqual([{ json: receipt, pairedItem: { item: 0 } }]);
	});

	it('Get Receipt gets the receipt of one fax', async () => {
		const receipt = { message_id: '88AB118E-EB1B-478C-98CE-6C73ABA23F67', status_code: 'Completed', message_type: 'fax' };
		api.standIn.on('GET', '/fax/receipts/88AB118E-EB1B-478C-98CE-6C73ABA23F67', {
			status: 200,
			body: { http_code: 200, response_code: 'SUCCESS', response_msg: 'Here is your receipt.', data: receipt },
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'fax', operation: 'getReceipt', messageId: ' 88AB118E-EB1B-478C-98CE-6C73ABA23F67 ' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: receipt, pairedItem: { item: 0 } }]);
	});
});
