import type { NodeApiError } from 'n8n-workflow';

import { testCredential } from '../harness/credential-test';
import { runClickSend, TEST_API_KEY, TEST_USERNAME } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

describe('credential test (GET /account)', () => {
	it('passes with the credentials ClickSend accepts', async () => {
		api.standIn.requireCredentials(TEST_USERNAME, TEST_API_KEY);
		const result = await testCredential({
			username: TEST_USERNAME,
			apiKey: TEST_API_KEY,
			baseUrl: api.standIn.baseUrl,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(1);
	});

	it('accepts a Base URL with a trailing slash', async () => {
		const result = await testCredential({
			username: TEST_USERNAME,
			apiKey: TEST_API_KEY,
			baseUrl: `${api.standIn.baseUrl}/`,
		});
		expect(result.status).toBe('OK');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(1);
	});

	it('fails on a 401 with a message that says which fields to fix', async () => {
		api.standIn.requireCredentials(TEST_USERNAME, TEST_API_KEY);
		const result = await testCredential({
			username: 'nocredit',
			apiKey: 'wrong-key',
			baseUrl: api.standIn.baseUrl,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toContain('INVALID_CREDENTIALS');
		expect(result.message).toContain('API Credentials');
	});
});

/**
 * What n8n 2.41.1's resource locator shows of a search error (ResourceLocator.vue): the HTTP code,
 * then the message cut at dashes (or sentences) without parts that say "check credentials", then
 * the description in a box of at most 120 px.
 */
function pickerText(error: NodeApiError): string {
	const parts = /[-–—]/.test(error.message)
		? error.message.split(/\s*[-–—]\s*/)
		: error.message.split(/(?<=[.!?])\s+/);
	const message = parts.filter((part) => !/check\s+(your\s+)?credentials?/i.test(part)).join(' ');
	return `${String(error.httpCode)} - ${message}\n${error.description ?? ''}`;
}

/** The error the contact-list picker shows. */
async function searchError(): Promise<NodeApiError> {
	return (await listSearch(api.standIn.baseUrl, 'searchContactLists').catch(
		(caught: unknown) => caught,
	)) as NodeApiError;
}

describe('errors in pickers (resource locator searches)', () => {
	it('a wrong key: one plain sentence with the code once, then the fix naming the credential', async () => {
		api.standIn.requireCredentials('someone-else', 'other-key');
		const error = await searchError();
		expect(pickerText(error)).toBe(
			'401 - ClickSend rejected the API username or API key (INVALID_CREDENTIALS)\n' +
				'Copy the API username and API key again from Developers → API Credentials in the ClickSend dashboard into the credential "ClickSend account".',
		);
		expect(pickerText(error).match(/INVALID_CREDENTIALS|Invalid credentials/g)).toHaveLength(1);
		expect(error.description!.length).toBeLessThan(160);
	});

	it('ClickSend down: the page is summarised in one sentence, and the fix is to try again', async () => {
		api.standIn.on('GET', '/lists', FAULTS.html(502));
		const error = await searchError();
		expect(pickerText(error)).toBe(
			'502 - ClickSend or a server in between answered with an error: HTTP 502 with an HTML page titled "502 Bad Gateway" (HTTP_ERROR)\n' +
				'Try again in a few minutes.',
		);
	});
});

describe('errors from ClickSend', () => {
	it('a 401 on an operation names the credential and carries response_code and response_msg', async () => {
		api.standIn.requireCredentials(TEST_USERNAME, 'another-key');
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(result.error!.name).toBe('NodeApiError');
		expect(result.error!.message).toBe(
			'ClickSend rejected the API username or API key (INVALID_CREDENTIALS)',
		);
		// The fix, naming the credential the node uses; ClickSend's own message stays in the response.
		expect(result.error!.description).toBe(
			'Copy the API username and API key again from Developers → API Credentials in the ClickSend dashboard into the credential "ClickSend account".',
		);
		expect(JSON.stringify(result.error)).toContain('Invalid credentials.');
		expect((result.error as NodeApiError).httpCode).toBe('401');
	});

	it('Continue On Fail puts the error in the item instead of stopping the workflow', async () => {
		api.standIn.on('GET', '/account', {
			status: 403,
			body: {
				http_code: 403,
				response_code: 'FORBIDDEN',
				response_msg: 'Access denied.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
			onError: 'continueRegularOutput',
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toBe('ClickSend: Access denied (FORBIDDEN)');
	});
});

describe('retries', () => {
	it('retries a read after 429, honouring Retry-After, and returns the answer', async () => {
		api.standIn.on(
			'GET',
			'/account',
			{
				status: 429,
				headers: { 'retry-after': '0' },
				body: {
					http_code: 429,
					response_code: 'TOO_MANY_REQUESTS',
					response_msg: 'Slow down.',
					data: null,
				},
			},
			2,
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(3);
		expect(result.items[0].json.user_id).toEqual(expect.any(Number));
	});

	it('gives up after three retries with a rate-limit message', async () => {
		api.standIn.on('GET', '/account', {
			status: 429,
			headers: { 'retry-after': '0' },
			body: {
				http_code: 429,
				response_code: 'TOO_MANY_REQUESTS',
				response_msg: 'Slow down.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(4);
		expect(result.error!.message).toBe(
			'ClickSend is rate limiting this account (TOO_MANY_REQUESTS)',
		);
		expect(result.error!.description).toContain('Send fewer requests at once');
	});

	it('does not wait for a Retry-After longer than a minute', async () => {
		api.standIn.on('GET', '/account', {
			status: 429,
			headers: { 'retry-after': '3600' },
			body: {
				http_code: 429,
				response_code: 'TOO_MANY_REQUESTS',
				response_msg: 'Come back in an hour.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get' },
		});
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(1);
		expect(result.error!.message).toContain('TOO_MANY_REQUESTS');
	});
});

describe('contract check', () => {
	it('rejects and records a request that breaks the official spec', async () => {
		// An SMS send whose `messages` is not an array: the spec requires an array of SmsMessage.
		const response = await fetch(`${api.standIn.baseUrl}/sms/send`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				authorization: `Basic ${Buffer.from(`${TEST_USERNAME}:${TEST_API_KEY}`).toString('base64')}`,
			},
			body: JSON.stringify({ messages: 'hello' }),
		});
		expect(response.status).toBe(422);
		expect(api.standIn.contractViolations).toHaveLength(1);
		expect(JSON.stringify(api.standIn.contractViolations[0].violations)).toContain('must be array');
		expect(() => api.standIn.expectNoContractViolations()).toThrow(
			/broke ClickSend's OpenAPI contract/,
		);
		api.standIn.reset();
	});

	it('rejects a path the spec does not have', async () => {
		const response = await fetch(`${api.standIn.baseUrl}/no-such-endpoint`, {
			headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
		});
		expect(response.status).toBe(422);
		expect(api.standIn.contractViolations).toHaveLength(1);
		api.standIn.reset();
	});
});
