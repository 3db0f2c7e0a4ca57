import { listSearch, loadOptions } from '../harness/methods';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const forbidden = { status: 403, body: { http_code: 403, response_code: 'FORBIDDEN', response_msg: 'Not available.', data: null } };

describe('From (sender) dropdown', () => {
	it('offers dedicated numbers, approved own numbers and approved alpha tags', async () => {
		api.standIn.on('GET', '/alpha-tags', {
			status: 200,
			body: {
				alpha_tags: [
					{ id: 'a', alpha_tag: 'MyShop', status: 'APPROVED' },
					{ id: 'b', alpha_tag: 'Pending1', status: 'PENDING' },
				],
			},
		});
		const options = await loadOptions(api.standIn.baseUrl, 'getSenders');
		// Dedicated and own numbers come from the spec's examples (own numbers and alpha tags
		// answer without ClickSend's usual envelope: { own_numbers: [...] }, { alpha_tags: [...] }).
		expect(options).toEqual([
			{ name: '+61411111111 (dedicated number, AU)', value: '+61411111111' },
			{ name: '+61422222222 (dedicated number, AU)', value: '+61422222222' },
			{ name: '+61412345678 (own number, My phone number)', value: '+61412345678' },
			{ name: 'MyShop (alpha tag)', value: 'MyShop' },
		]);
		expect(api.standIn.requestsTo('GET', '/numbers')).toHaveLength(1);
		expect(api.standIn.requestsTo('GET', '/own-numbers')).toHaveLength(1);
		expect(api.standIn.requestsTo('GET', '/alpha-tags')).toHaveLength(1);
	});

	it('still lists the other senders when one source fails', async () => {
		api.standIn.on('GET', '/own-numbers', forbidden).on('GET', '/alpha-tags', forbidden);
		const options = await loadOptions(api.standIn.baseUrl, 'getSenders');
		expect(options.map((option) => option.value)).toEqual(['+61411111111', '+61422222222']);
	});

	it('shows ClickSend\'s error when every source fails', async () => {
		api.standIn.requireCredentials('someone-else', 'other-key');
		await expect(loadOptions(api.standIn.baseUrl, 'getSenders')).rejects.toThrow(/INVALID_CREDENTIALS/);
	});

	it('the resource-locator search filters by the typed text', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchSenders', '422');
		expect(found.results).toEqual([{ name: '+61422222222 (dedicated number, AU)', value: '+61422222222' }]);
	});
});
