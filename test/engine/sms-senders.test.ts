import { failure, pagedList } from '../harness/answers';
import { listSearch, loadOptions } from '../harness/methods';
import type { RecordedRequest, ScriptedResponse } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const forbidden = {
	status: 403,
	body: { http_code: 403, response_code: 'FORBIDDEN', response_msg: 'Not available.', data: null },
};

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

	it("shows ClickSend's error when every source fails", async () => {
		api.standIn.requireCredentials('someone-else', 'other-key');
		await expect(loadOptions(api.standIn.baseUrl, 'getSenders')).rejects.toThrow(
			/INVALID_CREDENTIALS/,
		);
	});

	it('the resource-locator search filters by the typed text', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchSenders', '422');
		expect(found.results).toEqual([
			{ name: '+61422222222 (dedicated number, AU)', value: '+61422222222' },
		]);
	});
});

/**
 * /own-numbers and /alpha-tags page by cursor (ClickSend's API reference, "List Own Numbers" / "List Alpha Tags"):
 * `_metadata.pagination.next` is the next page's URL, whose `offset` holds a `#`. Both are in the
 * spec, so the stand-in checks these requests too: Prism declares no query parameters for
 * /own-numbers and only `page_size` (at most 1000) and `sort_direction` for /alpha-tags, and lets
 * undeclared ones (`offset`) through. Its default answers are the spec's examples, whose `next`
 * equals `self`: the picker reads that as the last page.
 */
describe('From (sender) dropdown: every page of every source', () => {
	const origin = 'https://rest.clicksend.com/v3';
	/** A cursor-paged list of `pages` pages: page N's offset is `cursor-N#row-N`. */
	function cursorPages(path: string, key: string, pages: Array<Array<Record<string, unknown>>>) {
		const offsetOf = (index: number) => `cursor-${index}#row-${index}`;
		return (request: RecordedRequest): ScriptedResponse => {
			const offset = request.query.offset as string | undefined;
			const index = offset === undefined ? 0 : Number(/^cursor-(\d+)#/.exec(offset)?.[1]);
			const link = (at: number) => `${origin}${path}?offset=${offsetOf(at)}&page_size=500`;
			return {
				status: 200,
				body: {
					[key]: pages[index],
					_metadata: {
						pagination: {
							self: link(index),
							next: index + 1 < pages.length ? link(index + 1) : null,
							page_size: 500,
						},
					},
				},
			};
		};
	}
	const own = (n: number) => ({
		id: `o${n}`,
		phone_number: `+6141234${String(n).padStart(4, '0')}`,
		label: `Phone ${n}`,
		status: 'APPROVED',
	});
	const tag = (n: number, status = 'APPROVED') => ({ id: `a${n}`, alpha_tag: `Shop${n}`, status });

	it('walks the cursor of own numbers and alpha tags, sending each next offset (with its #) as given', async () => {
		api.standIn.on(
			'GET',
			'/own-numbers',
			cursorPages('/own-numbers', 'own_numbers', [[own(1), own(2)], [own(3)], [own(4)]]),
		);
		api.standIn.on(
			'GET',
			'/alpha-tags',
			cursorPages('/alpha-tags', 'alpha_tags', [[tag(1), tag(2, 'PENDING')], [tag(3)]]),
		);
		const options = await loadOptions(api.standIn.baseUrl, 'getSenders');
		expect(options.map((option) => option.value)).toEqual([
			'+61411111111',
			'+61422222222',
			'+61412340001',
			'+61412340002',
			'+61412340003',
			'+61412340004',
			'Shop1',
			'Shop3',
		]);
		expect(api.standIn.requestsTo('GET', '/own-numbers').map((request) => request.query)).toEqual([
			{ page_size: '500' },
			{ page_size: '500', offset: 'cursor-1#row-1' },
			{ page_size: '500', offset: 'cursor-2#row-2' },
		]);
		expect(api.standIn.requestsTo('GET', '/alpha-tags').map((request) => request.query)).toEqual([
			{ page_size: '500' },
			{ page_size: '500', offset: 'cursor-1#row-1' },
		]);
	});

	it('lists dedicated numbers from every page of /numbers', async () => {
		api.standIn.on(
			'GET',
			'/numbers',
			pagedList(130, (index) => ({
				dedicated_number: `+614000${String(index).padStart(5, '0')}`,
				country: 'AU',
			})),
		);
		const options = await loadOptions(api.standIn.baseUrl, 'getSenders');
		expect(options.filter((option) => option.name.includes('dedicated number'))).toHaveLength(130);
		expect(api.standIn.requestsTo('GET', '/numbers').map((request) => request.query.page)).toEqual([
			'1',
			'2',
		]);
	});

	it('a cursor that points back to a page already read ends the walk (no endless loop)', async () => {
		api.standIn.on('GET', '/own-numbers', (request) => ({
			status: 200,
			body: {
				own_numbers: [own(request.query.offset ? 2 : 1)],
				_metadata: {
					pagination: {
						self: `${origin}/own-numbers`,
						next: `${origin}/own-numbers?offset=same#page&page_size=500`,
						page_size: 500,
					},
				},
			},
		}));
		const options = await loadOptions(api.standIn.baseUrl, 'getSenders');
		expect(
			options.filter((option) => option.name.includes('own number')).map((option) => option.value),
		).toEqual(['+61412340001', '+61412340002']);
		expect(api.standIn.requestsTo('GET', '/own-numbers')).toHaveLength(2);
	});

	it('a page failing once is asked again with the same offset; no sender twice, none missing', async () => {
		api.standIn.on(
			'GET',
			'/own-numbers',
			cursorPages('/own-numbers', 'own_numbers', [[own(1)], [own(2)], [own(3)]]),
		);
		api.standIn.on(
			'GET',
			'/own-numbers',
			(request) =>
				request.query.offset
					? failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' })
					: undefined,
			1,
		);
		const options = await loadOptions(api.standIn.baseUrl, 'getSenders');
		expect(
			options.filter((option) => option.name.includes('own number')).map((option) => option.value),
		).toEqual(['+61412340001', '+61412340002', '+61412340003']);
		expect(
			api.standIn.requestsTo('GET', '/own-numbers').map((request) => request.query.offset),
		).toEqual([undefined, 'cursor-1#row-1', 'cursor-1#row-1', 'cursor-2#row-2']);
	});

	it('the search finds a sender on a later page', async () => {
		api.standIn.on(
			'GET',
			'/alpha-tags',
			cursorPages('/alpha-tags', 'alpha_tags', [[tag(1)], [tag(2)], [tag(3)]]),
		);
		const found = await listSearch(api.standIn.baseUrl, 'searchSenders', 'shop3');
		expect(found.results).toEqual([{ name: 'Shop3 (alpha tag)', value: 'Shop3' }]);
	});
});
