import { failure, success } from '../harness/answers';
import { runClickSend } from '../harness/engine';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/** SMS → Get Replies: GET /sms/inbound/{original_message_id}, the building block of "send, then wait for the answer". */
const api = useStandIn();

const SENT_ID = '1EF54878-1137-62F4-9EAC-CBF078A1262E';
const replies = (messageId: string, extra = {}) => ({
	parameters: { resource: 'sms', operation: 'getReplies', messageId },
	...extra,
});

describe('SMS → Get Replies', () => {
	it('reads the reply to one sent SMS with GET /sms/inbound/{original_message_id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, replies(` ${SENT_ID} `));
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', `/sms/inbound/${SENT_ID}`)).toHaveLength(1);
		// The spec's example answer: one inbound SMS.
		expect(result.items).toEqual([
			{
				json: {
					timestamp: 1723012981,
					timestamp_iso: '2024-08-07T06:43:01.000Z',
					from: '+61426123123',
					body: 'test',
					original_body: 'test',
					original_message_id: SENT_ID,
					to: '+61437085284',
					custom_string: '',
					message_id: 'F892B812-24E3-404B-A1CB-D714BBB2B127',
					_keyword: 'reply',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('one item per reply when ClickSend lists several, each paired with its input item', async () => {
		const reply = (n: number) => ({
			from: '+61411111111',
			body: `Reply ${n}`,
			original_message_id: SENT_ID,
			message_id: `R${n}`,
		});
		api.standIn.on('GET', `/sms/inbound/${SENT_ID}`, success([reply(1), reply(2)]));
		const result = await runClickSend(
			api.standIn.baseUrl,
			replies('={{ $json.id }}', { items: [{ id: SENT_ID }, { id: SENT_ID }] }),
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.body, item.pairedItem])).toEqual([
			['Reply 1', { item: 0 }],
			['Reply 2', { item: 0 }],
			['Reply 1', { item: 1 }],
			['Reply 2', { item: 1 }],
		]);
	});

	it.each([
		['empty', '={{ "" }}', 'Message ID is empty'],
		['whitespace', '={{ "   " }}', 'Message ID is empty'],
		['a path', '={{ "abc/../../account" }}', 'Message ID "abc/../../account" is not a valid ID'],
		[
			'an object',
			'={{ $json.sms }}',
			'Message ID received an object {"message_id":"x"} instead of text',
		],
		['a list', '={{ $json.ids }}', 'Message ID received a list of 2 values instead of text'],
	])('refuses a Message ID that is %s before any request', async (_name, messageId, message) => {
		const result = await runClickSend(
			api.standIn.baseUrl,
			replies(messageId, { items: [{ sms: { message_id: 'x' }, ids: ['a', 'b'] }] }),
		);
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		[
			'a non-SUCCESS response_code',
			failure(200, 'NOT_FOUND', 'No inbound message found.'),
			'ClickSend: No inbound message found (NOT_FOUND)',
		],
		[
			'an HTML page',
			FAULTS.html(200, 'Maintenance'),
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		],
		[
			'an empty body',
			FAULTS.raw(200, ''),
			"The answer did not come from ClickSend's API: HTTP 200 with an empty body (NOT_CLICKSEND_ANSWER)",
		],
	])('a 200 with %s fails with the code, not an empty reply', async (_name, answer, message) => {
		api.standIn.on('GET', `/sms/inbound/${SENT_ID}`, answer);
		const result = await runClickSend(api.standIn.baseUrl, replies(SENT_ID));
		expect(result.error?.message).toBe(message);
	});

	it('a read is retried after a 503 and returns the reply once', async () => {
		api.standIn.on(
			'GET',
			`/sms/inbound/${SENT_ID}`,
			failure(503, 'INTERNAL_ERROR', 'Busy.', { 'retry-after': '0' }),
			1,
		);
		const result = await runClickSend(api.standIn.baseUrl, replies(SENT_ID));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(api.standIn.requestsTo('GET', `/sms/inbound/${SENT_ID}`)).toHaveLength(2);
	});
});
