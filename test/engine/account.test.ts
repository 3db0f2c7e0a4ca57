import { useStandIn } from '../harness/use-stand-in';
import { runClickSend, TEST_API_KEY, TEST_USERNAME } from '../harness/engine';

const api = useStandIn();

describe('Account → Get', () => {
	it('returns the account from GET /account with Basic auth from the credential', async () => {
		const result = await runClickSend(api.standIn.baseUrl, { parameters: { resource: 'account', operation: 'get' } });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ user_id: expect.any(Number), username: expect.any(String) });
		const [request] = api.standIn.requestsTo('GET', '/account');
		expect(request.headers.authorization).toBe(
			`Basic ${Buffer.from(`${TEST_USERNAME}:${TEST_API_KEY}`).toString('base64')}`,
		);
	});

	it('Simplify (on by default) keeps ten main fields; off returns everything ClickSend sent', async () => {
		const simple = await runClickSend(api.standIn.baseUrl, { parameters: { resource: 'account', operation: 'get' } });
		expect(Object.keys(simple.items[0].json).length).toBeLessThanOrEqual(10);
		expect(simple.items[0].json).toMatchObject({ user_id: expect.any(Number), balance: expect.anything() });
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'account', operation: 'get', simplify: false },
		});
		expect(Object.keys(full.items[0].json).length).toBeGreaterThan(10);
		expect(full.items[0].pairedItem).toEqual({ item: 0 });
	});
});
