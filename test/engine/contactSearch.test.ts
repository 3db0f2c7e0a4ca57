import { listSearch } from '../harness/methods';
import { ClickSendStandIn } from '../harness/stand-in';

let standIn: ClickSendStandIn;

beforeAll(async () => {
	standIn = await ClickSendStandIn.start();
});
afterAll(async () => standIn.close());
afterEach(() => {
	standIn.expectNoContractViolations();
	standIn.reset();
});

function listsPage(page: number, lastPage: number, lists: Array<[number, string]>) {
	return {
		status: 200,
		body: {
			http_code: 200,
			response_code: 'SUCCESS',
			response_msg: 'Here are your data.',
			data: {
				total: lists.length,
				per_page: 100,
				current_page: page,
				last_page: lastPage,
				data: lists.map(([list_id, list_name]) => ({
					list_id,
					list_name,
					_contacts_count: 1,
				})),
			},
		},
	};
}

describe('searchContactLists', () => {
	it('lists the contact lists by name with their ID, and offers the next page', async () => {
		standIn.on(
			'GET',
			'/lists',
			listsPage(1, 2, [
				[428, 'Customers'],
				[429, 'Leads'],
			]),
		);
		const result = await listSearch(standIn.baseUrl, 'searchContactLists');
		expect(result.results).toEqual([
			{ name: 'Customers (428)', value: '428' },
			{ name: 'Leads (429)', value: '429' },
		]);
		expect(result.paginationToken).toBe('2');
		const [request] = standIn.requestsTo('GET', '/lists');
		expect(request.query).toMatchObject({ page: '1', limit: '100' });
		expect(request.query.q).toBeUndefined();
	});

	it('filters by list name with q and asks for the page in the pagination token; no token on the last page', async () => {
		standIn.on('GET', '/lists', listsPage(2, 2, [[430, 'VIP customers']]));
		const result = await listSearch(standIn.baseUrl, 'searchContactLists', 'customers', '2');
		expect(result.results).toEqual([{ name: 'VIP customers (430)', value: '430' }]);
		expect(result.paginationToken).toBeUndefined();
		const [request] = standIn.requestsTo('GET', '/lists');
		expect(request.query).toMatchObject({
			page: '2',
			q: 'list_name:customers',
		});
	});
});
