import { NOT_SUCCESS_200, PAGE_FAULTS, success } from '../harness/answers';
import { runClickSend } from '../harness/engine';
import { useStandIn } from '../harness/use-stand-in';

/** Country and Time Zone: ClickSend's reference lists; against the spec-checked stand-in. */
const api = useStandIn();

describe('Country → Get Many', () => {
	it.each([
		['all', '/countries', { code: 'AF', value: 'Afghanistan' }],
		['globalSending', '/country-list', { id: 1, code: 'AU', region: 'Oceania' }],
		[
			'selected',
			'/user-countries',
			{ code: 'AU', registration_status: { id: 1, name: 'NOT_INITIATED' } },
		],
	])('%s: GET %s, one item per country', async (list, path, first) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'country', operation: 'getAll', list },
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', path)).toHaveLength(1);
		expect(result.items[0].json).toMatchObject(first);
	});

	it('Simplify (on by default) keeps the main fields of a selected country; off keeps all', async () => {
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'country', operation: 'getAll', list: 'selected' },
		});
		expect(Object.keys(simple.items[0].json)).toEqual([
			'id',
			'code',
			'name',
			'region',
			'registration_status',
			'restricted_sending',
			'trial_sending',
			'has_regulation_requirements',
			'regulation_requirements_description',
		]);
		expect(simple.items[0].json).not.toHaveProperty('jotform_id');
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'country', operation: 'getAll', list: 'selected', simplify: false },
		});
		expect(full.items[0].json).toHaveProperty('jotform_id');
	});

	it.each(NOT_SUCCESS_200)('a 200 with %s is an error', async (_name, answer, message) => {
		api.standIn.on('GET', '/countries', answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'country', operation: 'getAll', list: 'all' },
		});
		expect(result.error?.message).toBe(message);
	});

	it('a mapped list that is not one is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'country', operation: 'getAll', list: '={{ "mine" }}' },
		});
		expect(result.error?.message).toBe('List "mine" is not valid');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Time Zone → Get Many', () => {
	it('one item per time zone name; Limit cuts the list', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'timeZone', operation: 'getAll', limit: 3 },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{ timezone: 'Africa/Abidjan' },
			{ timezone: 'Africa/Accra' },
			{ timezone: 'Africa/Addis_Ababa' },
		]);
	});

	it("Return All reads a paged answer too (ClickSend's API reference documents page and limit)", async () => {
		api.standIn.on('GET', '/timezones', (request) =>
			success({
				total: 150,
				current_page: Number(request.query.page),
				last_page: 2,
				data: Array.from(
					{ length: request.query.page === '1' ? 100 : 50 },
					(_, i) => `Zone/${request.query.page}-${i}`,
				),
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'timeZone', operation: 'getAll', returnAll: true },
		});
		expect(result.items).toHaveLength(150);
		expect(result.items[149].json).toEqual({ timezone: 'Zone/2-49' });
	});

	it.each(PAGE_FAULTS)(
		'retried after %s',
		async (_name, answer) => {
			api.standIn.on('GET', '/timezones', answer, 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: { resource: 'timeZone', operation: 'getAll', returnAll: true },
			});
			expect(result.error).toBeUndefined();
			expect(api.standIn.requestsTo('GET', '/timezones')).toHaveLength(2);
		},
		20_000,
	);
});
