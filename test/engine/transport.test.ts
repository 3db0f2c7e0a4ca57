/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code: a closed port for refused connections */
import { createServer } from 'net';
import type { NodeApiError } from 'n8n-workflow';

import { clickSendRequest } from '../../nodes/transport/request';
import { clickSendAllPages } from '../../nodes/transport/pagination';
import { echoMessages, failure, pagedList, success } from '../harness/answers';
import { clickSendExecuteContext } from '../harness/credential-test';
import { byId, runClickSend, TEST_API_KEY } from '../harness/engine';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/**
 * The one request path under faults: every failure class of issue 9, through the real transport
 * (directly, and through the node in n8n-core) against the spec-checked stand-in.
 */
const api = useStandIn();

const smsBody = { messages: [{ body: 'Hello', to: '+61411111111', source: 'n8n' }] };
const context = (credentials = {}) => clickSendExecuteContext(api.standIn.baseUrl, credentials);
const rejection = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('expected a rejection');
};

/** A base URL on 127.0.0.1 where nothing listens: connections are refused. */
async function closedPortUrl(): Promise<string> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return `http://127.0.0.1:${port}/v3`;
}

describe('answers that are not a success', () => {
	it('a 200 with malformed JSON is an error, not an empty success', async () => {
		api.standIn.on('GET', '/account', FAULTS.raw(200, '{"http_code":200,"response_co'));
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with a body that is not JSON: "{"http_code":200,"response_co" (NOT_CLICKSEND_ANSWER)',
		);
		expect(error.description).toContain('Base URL');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(1);
	});

	it('a 200 with an HTML page is summarised by its title, never dumped', async () => {
		api.standIn.on('GET', '/account', FAULTS.html(200, 'Maintenance'));
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		);
		expect(`${error.message} ${error.description}`).not.toContain('<');
	});

	it('a 200 with an empty body is an error', async () => {
		api.standIn.on('GET', '/account', FAULTS.raw(200, ''));
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe(
			"The answer did not come from ClickSend's API: HTTP 200 with an empty body (NOT_CLICKSEND_ANSWER)",
		);
	});

	it('a 200 whose response_code is not SUCCESS carries the code and a human description', async () => {
		api.standIn.on(
			'GET',
			'/account',
			failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'),
		);
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe('Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)');
		expect(error.description).toContain('Top up in the ClickSend dashboard');
	});

	it('a send answered 200 with INSUFFICIENT_CREDIT fails the items with that code (not "no result")', async () => {
		api.standIn.on(
			'POST',
			'/sms/send',
			failure(200, 'INSUFFICIENT_CREDIT', 'You have not enough credit.'),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'sms', operation: 'send', to: '+61411111111', message: 'Hi' },
		});
		expect(result.error?.message).toBe(
			'Your ClickSend account has no credit left (INSUFFICIENT_CREDIT)',
		);
		expect(result.error?.description).toContain('Nothing of this run was sent');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
	});

	it('an HTML 502 page is retried for a read, then summarised as status and title', async () => {
		api.standIn.on('GET', '/account', {
			...FAULTS.html(502),
			headers: { 'content-type': 'text/html', 'retry-after': '0' },
		});
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe(
			'ClickSend or a server in between answered with an error: HTTP 502 with an HTML page titled "502 Bad Gateway" (HTTP_ERROR)',
		);
		expect(error.httpCode).toBe('502');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(4);
	});
});

describe('retries', () => {
	it('a read is retried after a dropped connection', async () => {
		api.standIn.on('GET', '/account', FAULTS.drop, 1);
		const envelope = await clickSendRequest.call(context(), { method: 'GET', path: '/account' });
		expect(envelope.response_code).toBe('SUCCESS');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(2);
	});

	it('a send is never retried after a dropped connection, and says ClickSend may have accepted it', async () => {
		api.standIn.on('POST', '/sms/send', FAULTS.drop);
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'POST', path: '/sms/send', body: smsBody }),
		);
		expect(error.message).toMatch(
			/^The connection to ClickSend at 127\.0\.0\.1:\d+ was dropped before it answered \(ECONNRESET\)$/,
		);
		expect(error.description).toContain('may have accepted the request');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
	});

	it('a send is never retried after a 5xx', async () => {
		api.standIn.on(
			'POST',
			'/sms/send',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
		);
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'POST', path: '/sms/send', body: smsBody }),
		);
		expect(error.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
	});

	it('a send is retried after 429 without Retry-After (nothing was accepted), after a backoff', async () => {
		api.standIn.on('POST', '/sms/send', failure(429, 'TOO_MANY_REQUESTS', 'Slow down.'), 1);
		const envelope = await clickSendRequest.call(context(), {
			method: 'POST',
			path: '/sms/send',
			body: smsBody,
		});
		expect(envelope.response_code).toBe('SUCCESS');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(2);
	});

	it('a Retry-After longer than the cap fails at once and says how long ClickSend asked for', async () => {
		api.standIn.on(
			'GET',
			'/account',
			failure(429, 'TOO_MANY_REQUESTS', 'Slow down.', { 'retry-after': '120' }),
		);
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe(
			'ClickSend asked to wait 120 seconds before the next request (TOO_MANY_REQUESTS)',
		);
		expect(error.description).toContain('at most 60 seconds');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(1);
	});

	it('gives up after three retries of a read', async () => {
		api.standIn.on(
			'GET',
			'/account',
			failure(503, 'SERVICE_UNAVAILABLE', 'Down.', { 'retry-after': '0' }),
		);
		const error = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe('ClickSend: Down (SERVICE_UNAVAILABLE)');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(4);
	});
});

describe('connections refused and servers that never answer', () => {
	it('a refused read is retried, then says it could not connect', async () => {
		const baseUrl = await closedPortUrl();
		const error = await rejection(
			clickSendRequest.call(clickSendExecuteContext(baseUrl), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toMatch(
			/^Could not connect to ClickSend at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/,
		);
		expect(error.description).toContain('Base URL');
	}, 20_000);

	it('an SMS send refused at connect says nothing was sent (never "may have accepted")', async () => {
		const baseUrl = await closedPortUrl();
		const result = await runClickSend(baseUrl, {
			parameters: { resource: 'sms', operation: 'send', to: '+61411111111', message: 'Hi' },
		});
		expect(result.error?.message).toMatch(/ECONNREFUSED/);
		expect(result.error?.description).toContain('nothing was sent');
		expect(result.error?.description).toContain('Nothing of this run was sent');
		expect(result.error?.description).not.toContain('may have');
	}, 20_000);

	it('a server that never answers ends at the credential timeout, with no retry', async () => {
		api.standIn.on('GET', '/account', FAULTS.hang);
		const error = await rejection(
			clickSendRequest.call(context({ timeout: 1 }), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe('ClickSend did not answer within 1 second');
		expect(error.description).toContain('Timeout of the ClickSend API credential');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(1);
	});

	it('a send to a silent server is not retried and says ClickSend may have accepted it', async () => {
		api.standIn.on('POST', '/sms/send', FAULTS.hang);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'sms', operation: 'send', to: '+61411111111', message: 'Hi' },
			credentials: { timeout: 1 },
		});
		expect(result.error?.message).toBe('ClickSend did not answer within 1 second');
		expect(result.error?.description).toContain('item 0: may have been accepted');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
	});
});

describe('the credential', () => {
	it('an empty Base URL is an error naming the credential field, before any request', async () => {
		const error = await rejection(
			clickSendRequest.call(clickSendExecuteContext('  '), { method: 'GET', path: '/account' }),
		);
		expect(error.message).toBe('The Base URL of the ClickSend API credential is empty');
		expect(error.description).toContain('https://rest.clicksend.com/v3');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('the API key never appears in an error', async () => {
		api.standIn.requireCredentials('someone-else', 'another-key');
		const unauthorised = await rejection(
			clickSendRequest.call(context(), { method: 'GET', path: '/account' }),
		);
		api.standIn.reset();
		api.standIn.on('GET', '/account', FAULTS.hang);
		const timedOut = await rejection(
			clickSendRequest.call(context({ timeout: 1 }), { method: 'GET', path: '/account' }),
		);
		for (const error of [unauthorised, timedOut]) {
			const shown = JSON.stringify({
				message: error.message,
				description: error.description,
				cause: error.cause,
				context: error.context,
			});
			expect(shown).not.toContain(TEST_API_KEY);
			expect(shown).not.toContain(Buffer.from(TEST_API_KEY).toString('base64').slice(0, 12));
		}
		expect(unauthorised.description).toContain('"ClickSend account"');
	});
});

describe('Return All when one page fails once', () => {
	const rows = (index: number) => ({ message_id: `M${index}`, status: 'Sent' });
	const history = (failingPage: number, answer: object) => {
		// Later routes win: the failing answer is tried first, once, for its page only.
		api.standIn.on('GET', '/sms/history', pagedList(250, rows));
		api.standIn.on(
			'GET',
			'/sms/history',
			(request) => (request.query.page === String(failingPage) ? (answer as never) : undefined),
			1,
		);
	};
	const run = () =>
		runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'sms', operation: 'getAll', returnAll: true },
		});

	it.each([
		['500 on page 2', 2, failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' })],
		['429 without Retry-After on page 1', 1, failure(429, 'TOO_MANY_REQUESTS', 'Slow down.')],
		[
			'an HTML 503 page on page 3',
			3,
			{
				...FAULTS.html(503, '503 Service Unavailable'),
				headers: { 'content-type': 'text/html', 'retry-after': '0' },
			},
		],
		['a dropped connection on page 2', 2, FAULTS.drop],
	])(
		'%s: exactly the 250 rows, each once, the failed page asked again as that page',
		async (_name, failingPage, answer) => {
			history(failingPage, answer);
			const result = await run();
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.message_id)).toEqual(
				Array.from({ length: 250 }, (_, index) => `M${index}`),
			);
			const pages = api.standIn
				.requestsTo('GET', '/sms/history')
				.map((request) => [request.query.page, request.query.limit]);
			const expected = [
				['1', '100'],
				['2', '100'],
				['3', '100'],
			];
			expected.splice(failingPage - 1, 0, [String(failingPage), '100']);
			expect(pages).toEqual(expected);
		},
		20_000,
	);

	it('the transport walks pages of 100 and stops at a limit', async () => {
		api.standIn.on(
			'GET',
			'/lists',
			pagedList(250, (index) => ({ list_id: index + 1, list_name: `List ${index + 1}` })),
		);
		expect(await clickSendAllPages.call(context(), { path: '/lists' })).toHaveLength(250);
		expect(await clickSendAllPages.call(context(), { path: '/lists' }, 120)).toHaveLength(120);
		expect(api.standIn.requestsTo('GET', '/lists').map((request) => request.query.page)).toEqual([
			'1',
			'2',
			'3',
			'1',
			'2',
		]);
	});

	it.each([[0], [-1], ['abc'], [1.5]])('Limit %p is refused before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'sms', operation: 'getAll', returnAll: false, limit } as never,
		});
		expect(result.error?.message).toMatch(/^Limit .* is out of range$/);
		expect(result.error?.description).toContain('a whole number from 1');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('IDs in paths', () => {
	// An empty literal never runs: n8n itself stops a workflow whose required field is empty.
	it.each([['   '], ['={{ $json.missing }}'], ['={{ { id: 1 } }}'], ['a/b']])(
		'SMS → Cancel with Message ID %p sends nothing',
		async (messageId) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'sms', operation: 'cancel', messageId },
			});
			expect(result.error?.message).toMatch(/^Message ID/);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it('SMS → Get Receipt never requests /sms/receipts/ with an empty ID', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'sms', operation: 'getReceipt', messageId: ' ' },
		});
		expect(result.error?.message).toBe('Message ID is empty');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('an ID with spaces around it is trimmed and encoded', async () => {
		api.standIn.on('PUT', /^\/sms\/.+\/cancel$/, success(null, 'Message cancelled.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'sms',
				operation: 'cancel',
				messageId: '  1ABC3200-C38C-6308-BE4B-C7C51D01DCF0 ',
			},
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requests.map((request) => request.path)).toEqual([
			'/sms/1ABC3200-C38C-6308-BE4B-C7C51D01DCF0/cancel',
		]);
	});
});

describe('batched sends', () => {
	const number = (index: number) => `+614${String(10000000 + index).padStart(8, '0')}`;
	const send = (extra = {}) => ({
		resource: 'sms',
		operation: 'send',
		to: '={{ $json.phone }}',
		message: '={{ $json.text }}',
		...extra,
	});

	it('assigns results by recipient when ClickSend answers in another order with the same count', async () => {
		api.standIn.on('POST', '/sms/send', (request) => {
			const answer = echoMessages()(request);
			(answer.body as { data: { messages: unknown[] } }).data.messages.reverse();
			return answer;
		});
		const items = [0, 1, 2, 3, 4].map((index) => ({
			phone: number(index),
			text: `Message ${index}`,
		}));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: send(), items });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.to)).toEqual(items.map((item) => item.phone));
		expect(result.items.map((item) => item.json.body)).toEqual(items.map((item) => item.text));
	});

	it('2,500 items whose 2nd request fails: the error names accepted, uncertain and unsent items; nothing is sent twice', async () => {
		let calls = 0;
		api.standIn.on('POST', '/sms/send', (request) =>
			++calls === 2 ? failure(500, 'INTERNAL_ERROR', 'Oops.') : echoMessages()(request),
		);
		const items = Array.from({ length: 2500 }, (_, index) => ({
			phone: number(index),
			text: `Message ${index}`,
		}));
		const result = await runClickSend(api.standIn.baseUrl, { parameters: send(), items });
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(result.error?.description).toContain(
			'items 0–999: accepted by ClickSend; items 1000–1999: may have been accepted (the request failed without a clear answer); items 2000–2499: not sent',
		);
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(2);
	}, 60_000);
});

describe('input checks before any request', () => {
	const send = (extra: object) =>
		runClickSend(api.standIn.baseUrl, {
			parameters: {
				resource: 'sms',
				operation: 'send',
				to: '+61411111111',
				message: 'Hi',
				...extra,
			},
		});

	it.each([
		[
			'a 10,000-character SMS',
			{ message: 'a'.repeat(10_000) },
			'Message is too long for one SMS: 10000 characters (at most 1224)',
		],
		[
			'an SMS of 537 emoji-free Unicode characters',
			{ message: 'ж'.repeat(537) },
			'Message is too long for one SMS: 537 characters (at most 536)',
		],
		[
			'an object mapped into Message',
			{ message: '={{ { text: "hi" } }}' },
			'Message received an object {"text":"hi"} instead of text',
		],
		[
			'an object mapped into To',
			{ to: '={{ { phone: "+61411111111" } }}' },
			'To received an object {"phone":"+61411111111"} instead of text',
		],
		[
			'an array mapped into To',
			{ to: '={{ ["+61411111111", "+61422222222"] }}' },
			'To received a list of 2 values instead of text',
		],
		['+614111 (too few digits)', { to: '+614111' }, 'To "+614111" is not a phone number'],
		[
			'an impossible schedule date',
			{ options: { schedule: '2031-02-30T10:00:00Z' } },
			'Schedule "2031-02-30T10:00:00Z" is not a date (February 2031 has 28 days)',
		],
		[
			'an unsafe list ID',
			{ sendTo: 'contactList', listId: byId('9007199254740993') },
			'Contact List "9007199254740993" is too large to be a ClickSend ID',
		],
		[
			'a 20-digit numeric sender',
			{ from: byId('12345678901234567890') },
			'From "12345678901234567890" has more than 15 digits',
		],
		[
			'an unknown country',
			{ options: { country: 'Atlantis' } },
			'Country "Atlantis" is not a country code',
		],
	])('refuses %s', async (_name, extra, message) => {
		const result = await send(extra);
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('maps the country name "Australia" to AU', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const result = await send({ options: { country: 'Australia' } });
		expect(result.error).toBeUndefined();
		expect(
			(
				api.standIn.requestsTo('POST', '/sms/send')[0].body as {
					messages: Array<{ country: string }>;
				}
			).messages[0].country,
		).toBe('AU');
	});
});
