import type { IDataObject } from 'n8n-workflow';

import { uploadAnswer } from '../harness/answers';
import { runClickSend, type InputItem } from '../harness/engine';
import type { RecordedRequest, ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const BOTH_SIDES = Buffer.from('%PDF-1.4\n% postcard, 2 pages\n%%EOF\n');
const FRONT = Buffer.from('%PDF-1.4\n% front\n%%EOF\n');
const BACK_PNG = Buffer.from('\x89PNG\r\n\x1a\n back');

const PERSON = { name: 'John Smith', line1: '123 Test St', city: 'Perth', postcode: '11111' };

type Files = Record<string, { content: Buffer; fileName?: string; mimeType?: string }>;

const postcardItem = (binary: Files, person: IDataObject = PERSON): InputItem => ({ json: person, binary });

/** POST /uploads: CARD-1.pdf, CARD-2.pdf… in upload order, fresh for each test. */
const answerUploads = () => api.standIn.on('POST', '/uploads', uploadAnswer('https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-'));

/** POST /post/postcards/send or /price as in the seed docs: one result per recipient, in order. */
function echoPostcards(statusFor: (recipient: IDataObject) => string = () => 'SUCCESS') {
	return (request: RecordedRequest): ScriptedResponse => {
		const recipients = (request.body as { recipients: IDataObject[] }).recipients.map((recipient, index) => ({
			message_id: `CARD-MSG-${index}`,
			...recipient,
			post_price: 11,
			status: statusFor(recipient),
		}));
		return {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'SUCCESS',
				response_msg: 'Postcard queued for delivery.',
				data: { total_price: 11 * recipients.length, total_count: recipients.length, queued_count: recipients.length, recipients },
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
	returnAddressId: { __rl: true, mode: 'id', value: '14' },
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
	// The seed docs type return_address_id as an integer; the spec's send_postcard_request says
	// string (the price endpoint uses the same schema). The node follows the docs.
	for (const path of ['/post/postcards/send', '/post/postcards/price']) {
		api.standIn.tolerateContractViolation('POST', path, 'seed docs: return_address_id is an integer');
		api.standIn.on('POST', path, echoPostcards());
	}
});

afterEach(() => {
	const messages = api.standIn.toleratedViolations.flatMap((entry) => (entry.violations as Array<{ message?: string }>).map((violation) => violation.message));
	for (const message of messages) expect(message).toMatch(/^Request body property recipients\.\d+\.return_address_id must be string$/);
});

describe('Postcard → Send', () => {
	it('sends a 2-page PDF (front and back) as one file URL, uploaded once for all items (convert=postcard)', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: ['John Smith', 'Jane Roe'].map((name) => postcardItem({ data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' } }, { ...PERSON, name })),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads').map((upload) => [upload.query, upload.body])).toEqual([
			[{ convert: 'postcard' }, { content: BOTH_SIDES.toString('base64') }],
		]);
		expect(api.standIn.requestsTo('POST', '/post/postcards/send').map((request) => request.body)).toEqual([
			{
				file_urls: ['https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-1.pdf'],
				recipients: [recipient('John Smith'), recipient('Jane Roe')],
			},
		]);
		expect(result.items.map((item) => [item.json.address_name, item.json.status, item.pairedItem])).toEqual([
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
		expect(api.standIn.requestsTo('POST', '/uploads').map((upload) => (upload.body as IDataObject).content)).toEqual([
			FRONT.toString('base64'),
			BACK_PNG.toString('base64'),
		]);
		expect((api.standIn.requestsTo('POST', '/post/postcards/send')[0].body as IDataObject).file_urls).toEqual([
			'https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-1.pdf',
			'https://clicksend-api-downloads.s3.amazonaws.com/_public/CARD-2.pdf',
		]);
	});

	it('sends File URLs without uploading', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ documentSource: 'url', fileUrl: 'https://example.com/a5_front.pdf', backFileUrl: 'https://example.com/a5_back.pdf' }),
			items: [PERSON],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/uploads')).toHaveLength(0);
		expect((api.standIn.requestsTo('POST', '/post/postcards/send')[0].body as IDataObject).file_urls).toEqual([
			'https://example.com/a5_front.pdf',
			'https://example.com/a5_back.pdf',
		]);
	});

	it('fails only the postcard ClickSend refuses (Continue On Fail)', async () => {
		api.standIn.on('POST', '/post/postcards/send', echoPostcards((entry) => (entry.address_name === 'Jane Roe' ? 'INVALID_ADDRESS' : 'SUCCESS')));
		const card = { data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' } };
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters(),
			items: [postcardItem(card), postcardItem(card, { ...PERSON, name: 'Jane Roe' })],
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.status, item.json.error ?? null, item.pairedItem])).toEqual([
			['SUCCESS', null, { item: 0 }],
			['INVALID_ADDRESS', 'ClickSend: INVALID_ADDRESS - the message to Jane Roe was not accepted', { item: 1 }],
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
		expect(result.error?.message).toBe('Back Side Binary Field "back" is not a PDF or image file ("back.txt", type text/plain)');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('refuses a missing back side binary property, naming the ones the item has', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ backBinaryPropertyName: 'back' }),
			items: [postcardItem({ data: { content: BOTH_SIDES, fileName: 'card.pdf', mimeType: 'application/pdf' } })],
		});
		expect(result.error?.message).toBe('Back Side Binary Field "back" is not a binary property of item 0');
		expect(result.error?.description).toBe("The item's binary properties are: data. Put one of them in Back Side Binary Field.");
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Postcard → Calculate Price', () => {
	it('prices the postcards without posting', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: parameters({ operation: 'calculatePrice', documentSource: 'url', fileUrl: 'https://example.com/card.pdf' }),
			items: [PERSON],
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/post/postcards/send')).toHaveLength(0);
		expect(api.standIn.requestsTo('POST', '/post/postcards/price').map((request) => request.body)).toEqual([
			{ file_urls: ['https://example.com/card.pdf'], recipients: [recipient()] },
		]);
		expect(result.items).toEqual([{ json: expect.objectContaining({ post_price: 11 }), pairedItem: { item: 0 } }]);
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
					data: { total: 2, per_page: 100, current_page: page, last_page: 2, from: page, to: page, data: [{ message_id: `CARD-${page}` }] },
				},
			};
		});
		const result = await runClickSend(api.standIn.baseUrl, { parameters: { resource: 'postcard', operation: 'getAll', returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/post/postcards/history').map((request) => request.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
		expect(result.items).toEqual([
			{ json: { message_id: 'CARD-1' }, pairedItem: { item: 0 } },
			{ json: { message_id: 'CARD-2' }, pairedItem: { item: 0 } },
		]);
	});
});
