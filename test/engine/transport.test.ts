import {
	clickSendRequest,
	clickSendRequestAllPages,
} from '../../nodes/ClickSend/shared/transport';
import { clickSendExecuteContext } from '../harness/credential-test';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const smsBody = { messages: [{ body: 'Hello', to: '+61411111111', source: 'n8n' }] };
const serverError = {
	status: 500,
	body: { http_code: 500, response_code: 'INTERNAL_ERROR', response_msg: 'Oops.', data: null },
};
const tooManyRequests = {
	status: 429,
	headers: { 'retry-after': '0' },
	body: { http_code: 429, response_code: 'TOO_MANY_REQUESTS', response_msg: 'Slow down.', data: null },
};

describe('clickSendRequest', () => {
	it('returns the envelope of a successful request', async () => {
		const context = clickSendExecuteContext(api.standIn.baseUrl);
		const envelope = await clickSendRequest.call(context, { method: 'GET', path: '/account' });
		expect(envelope.response_code).toBe('SUCCESS');
	});

	it('never retries a send after a 5xx: ClickSend may have accepted the messages', async () => {
		api.standIn.on('POST', '/sms/send', serverError);
		const context = clickSendExecuteContext(api.standIn.baseUrl);
		await expect(clickSendRequest.call(context, { method: 'POST', path: '/sms/send', body: smsBody })).rejects.toThrow(
			'ClickSend: INTERNAL_ERROR - Oops.',
		);
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(1);
	});

	it('retries a send after 429: nothing was accepted', async () => {
		api.standIn.on('POST', '/sms/send', tooManyRequests, 1);
		const context = clickSendExecuteContext(api.standIn.baseUrl);
		const envelope = await clickSendRequest.call(context, { method: 'POST', path: '/sms/send', body: smsBody });
		expect(envelope.response_code).toBe('SUCCESS');
		expect(api.standIn.requestsTo('POST', '/sms/send')).toHaveLength(2);
	});

	it('retries a read after a 5xx', async () => {
		api.standIn.on('GET', '/account', { ...serverError, headers: { 'retry-after': '0' } }, 1);
		const context = clickSendExecuteContext(api.standIn.baseUrl);
		const envelope = await clickSendRequest.call(context, { method: 'GET', path: '/account' });
		expect(envelope.response_code).toBe('SUCCESS');
		expect(api.standIn.requestsTo('GET', '/account')).toHaveLength(2);
	});
});

describe('clickSendRequestAllPages', () => {
	function pages(total: number) {
		return (request: { query: Record<string, string | string[]> }) => {
			const page = Number(request.query.page);
			const limit = Number(request.query.limit);
			const lastPage = Math.ceil(total / limit);
			const from = (page - 1) * limit;
			const rows = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => ({
				list_id: from + i + 1,
				list_name: `List ${from + i + 1}`,
			}));
			return {
				status: 200,
				body: {
					http_code: 200,
					response_code: 'SUCCESS',
					response_msg: 'Here are your lists.',
					data: { total, per_page: limit, current_page: page, last_page: lastPage, data: rows },
				},
			};
		};
	}

	it('walks pages of 100 until the last page: 250 rows in 3 requests', async () => {
		api.standIn.on('GET', '/lists', pages(250));
		const context = clickSendExecuteContext(api.standIn.baseUrl);
		const rows = await clickSendRequestAllPages.call(context, { path: '/lists' });
		expect(rows).toHaveLength(250);
		expect(rows[249]).toMatchObject({ list_id: 250 });
		const requests = api.standIn.requestsTo('GET', '/lists');
		expect(requests.map((r) => [r.query.page, r.query.limit])).toEqual([
			['1', '100'],
			['2', '100'],
			['3', '100'],
		]);
	});

	it('stops as soon as the limit is reached', async () => {
		api.standIn.on('GET', '/lists', pages(250));
		const context = clickSendExecuteContext(api.standIn.baseUrl);
		const rows = await clickSendRequestAllPages.call(context, { path: '/lists' }, 120);
		expect(rows).toHaveLength(120);
		expect(api.standIn.requestsTo('GET', '/lists')).toHaveLength(2);
	});
});
