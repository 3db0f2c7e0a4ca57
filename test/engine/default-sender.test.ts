import type { IDataObject } from 'n8n-workflow';

import { failure, NOT_SUCCESS_200, PAGE_FAULTS, success } from '../harness/answers';
import { byId, runClickSend } from '../harness/engine';
import { listSearch, loadOptions } from '../harness/methods';
import { FAULTS, type RecordedRequest } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/**
 * Default Sender (spec only: ClickSend's API reference has no page on default senders or
 * compliant sender types) and the Country dropdown of its new fields, against the spec-checked
 * stand-in.
 */
const api = useStandIn();

const sender = (operation: string, extra: IDataObject = {}) => ({
	resource: 'defaultSender',
	operation,
	...extra,
});
const ID = 'f99872cc-11a6-48ba-a9f2-bcfb6dd1e3d4';

describe('Default Sender → Create', () => {
	it('posts the country, SMS and one strategy', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('create', {
				country: 'au',
				senderType: 'alpha_tag',
				senderId: 'ClickSend',
				note: 'Brand name',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/senders/default-senders')[0].body).toEqual({
			country_code: 'AU',
			product_type: 'SMS',
			default_sender_strategies: [
				{ sender_type: 'alpha_tag', sender_id: 'ClickSend', note: 'Brand name' },
			],
		});
		expect(result.items[0].json).toMatchObject({ id: ID, country_code: 'AU' });
	});

	it('a number sender carries its country; spaces in the number are removed', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('create', {
				country: 'United States',
				senderType: 'tollfree',
				senderId: '+1 (800) 555-0100',
				senderCountry: 'US',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/senders/default-senders')[0].body).toMatchObject({
			country_code: 'US',
			default_sender_strategies: [
				{ sender_type: 'tollfree', sender_id: '+18005550100', sender_country_code: 'US' },
			],
		});
	});

	it.each([
		[
			'a country that is not one',
			{ country: 'Atlantis' },
			/^Country "Atlantis" is not a country code$/,
		],
		[
			'an alpha tag of 12 characters',
			{ senderId: 'ClickSendABC' },
			/^Sender ID "ClickSendABC" does not fit the sender type$/,
		],
		[
			'an alpha tag of digits only',
			{ senderId: '12345' },
			/^Sender ID "12345" does not fit the sender type$/,
		],
		[
			'an own number without its country',
			{ senderType: 'own_number', senderId: '+61411111111' },
			/^Sender Country is empty$/,
		],
		[
			'a short code with letters',
			{ senderType: 'shortcode', senderId: 'ABC12' },
			/does not fit the sender type$/,
		],
		['an empty sender ID', { senderId: '={{ "" }}' }, /^Sender ID is empty$/],
		['a note of 201 characters', { note: 'x'.repeat(201) }, /^Note is longer than 200 characters/],
		[
			'a sender ID mapped as an object',
			{ senderId: '={{ { id: "A" } }}' },
			/^Sender ID received an object/,
		],
	])('%s is refused before any request', async (_name, change, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('create', {
				country: 'AU',
				senderType: 'alpha_tag',
				senderId: 'ClickSend',
				...change,
			}),
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toBeTruthy();
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		['a 500', failure(500, 'INTERNAL_ERROR', 'Oops.')],
		['a dropped connection', FAULTS.drop],
	])('is never retried after %s', async (_name, answer) => {
		api.standIn.on('POST', '/senders/default-senders', answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('create', {
				country: 'AU',
				senderType: 'alpha_tag',
				senderId: 'ClickSend',
			}),
		});
		expect(result.error).toBeDefined();
		expect(api.standIn.requestsTo('POST', '/senders/default-senders')).toHaveLength(1);
	});
});

describe('Default Sender → Get, Update, Delete', () => {
	it('Get reads GET /senders/default-senders/{id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('get', { defaultSenderId: byId(` ${ID} `) }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', `/senders/default-senders/${ID}`)).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ id: ID, product_type: 'SMS' });
	});

	it('Update patches the one strategy', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('update', {
				defaultSenderId: byId(ID),
				senderType: 'own_number',
				senderId: '+61411111111',
				senderCountry: 'AU',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PATCH', `/senders/default-senders/${ID}`)[0].body).toEqual({
			default_sender_strategies: [
				{ sender_type: 'own_number', sender_id: '+61411111111', sender_country_code: 'AU' },
			],
		});
	});

	it("Delete accepts ClickSend's 204 with no body", async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('delete', { defaultSenderId: byId(ID) }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', `/senders/default-senders/${ID}`)).toHaveLength(1);
		expect(result.items[0].json).toEqual({ deleted: true, id: ID });
	});

	it('Delete: a 200 HTML page is still an error, not a deletion', async () => {
		api.standIn.on('DELETE', `/senders/default-senders/${ID}`, FAULTS.html(200, 'Login'));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('delete', { defaultSenderId: byId(ID) }),
		});
		expect(result.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Login" (NOT_CLICKSEND_ANSWER)',
		);
	});

	it.each(NOT_SUCCESS_200)('Get: a 200 with %s is an error', async (_name, answer, message) => {
		api.standIn.on('GET', `/senders/default-senders/${ID}`, answer);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('get', { defaultSenderId: byId(ID) }),
		});
		expect(result.error?.message).toBe(message);
	});

	it.each([
		['empty', '={{ "" }}', /^Default Sender is empty$/],
		['whitespace', '={{ "   " }}', /^Default Sender is empty$/],
		['with a slash', '={{ "a/b" }}', /^Default Sender "a\/b" is not a valid ID$/],
		['an object', '={{ { id: 1 } }}', /^Default Sender received an object/],
	])(
		'a Default Sender that is %s sends nothing (Get, Update, Delete)',
		async (_name, value, message) => {
			for (const operation of ['get', 'update', 'delete']) {
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: sender(operation, {
						defaultSenderId: byId(value),
						senderType: 'alpha_tag',
						senderId: 'ClickSend',
					}),
				});
				expect(result.error?.message).toMatch(message);
			}
			expect(api.standIn.requests).toHaveLength(0);
		},
	);
});

describe('Default Sender → Get Many', () => {
	/** Default senders by `next_page_url` offsets ("<id>#<id>", as in the spec's example). */
	const linked = (total: number) => (request: RecordedRequest) => {
		const size = Number(request.query.per_page);
		const start = request.query.offset ? Number(String(request.query.offset).split('#')[0]) : 0;
		const rows = Array.from({ length: Math.min(size, total - start) }, (_, i) => ({
			id: `sender-${start + i + 1}`,
			country_code: 'AU',
			product_type: 'SMS',
		}));
		const next = start + size < total ? `${start + size}#x` : undefined;
		return success({
			data: rows,
			per_page: size,
			next_page_url: next
				? `https://api.clicksend.com/v4/sender_assignment_settings?offset=${next}&per_page=${size}`
				: null,
		});
	};

	it('Return All follows next_page_url (offset with #) in pages of 500', async () => {
		api.standIn.on('GET', '/senders/default-senders', linked(1200));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('getAll', { returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1200);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(1200);
		expect(api.standIn.requestsTo('GET', '/senders/default-senders').map((r) => r.query)).toEqual([
			{ per_page: '500' },
			{ offset: '500#x', per_page: '500' },
			{ offset: '1000#x', per_page: '500' },
		]);
	});

	it('Limit asks for a page just big enough', async () => {
		api.standIn.on('GET', '/senders/default-senders', linked(1200));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('getAll', { limit: 3 }),
		});
		expect(result.items).toHaveLength(3);
		expect(api.standIn.requestsTo('GET', '/senders/default-senders')).toHaveLength(1);
		expect(api.standIn.requestsTo('GET', '/senders/default-senders')[0].query).toEqual({
			per_page: '3',
		});
	});

	it.each(PAGE_FAULTS)(
		'Return All with %s on page 2: every row once',
		async (_name, answer) => {
			api.standIn.on('GET', '/senders/default-senders', linked(700));
			api.standIn.on(
				'GET',
				'/senders/default-senders',
				(request) => (request.query.offset ? answer : undefined),
				1,
			);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: sender('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(new Set(result.items.map((item) => item.json.id)).size).toBe(700);
			expect(result.items).toHaveLength(700);
			expect(api.standIn.requestsTo('GET', '/senders/default-senders')).toHaveLength(3);
		},
		20_000,
	);

	it('a server that repeats its next link stops instead of looping', async () => {
		api.standIn.on(
			'GET',
			'/senders/default-senders',
			success({
				data: [{ id: 'a' }],
				next_page_url: 'https://api.clicksend.com/v4/x?offset=same&per_page=500',
			}),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('getAll', { returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/senders/default-senders')).toHaveLength(2);
	});

	it("the spec's example answer: one default sender", async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('getAll', { returnAll: false, limit: 50 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ id: ID });
	});
});

describe('Default Sender → Get Compliant Sender Types', () => {
	it('asks for SMS and the chosen countries as filter[country_code][i]', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('getCompliantSenderTypes', { countries: ['AU', 'us', 'AU'] }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/senders/compliant-sender-types')[0].query).toEqual({
			'filter[product_type]': 'SMS',
			'filter[country_code][0]': 'AU',
			'filter[country_code][1]': 'US',
		});
		expect(result.items.map((item) => item.json.recipient_country_code)).toEqual(['AU', 'US']);
	});

	it('no country: every country, only the product filter', async () => {
		await runClickSend(api.standIn.baseUrl, { parameters: sender('getCompliantSenderTypes') });
		expect(api.standIn.requestsTo('GET', '/senders/compliant-sender-types')[0].query).toEqual({
			'filter[product_type]': 'SMS',
		});
	});

	it('a mapped country that is not one is refused before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: sender('getCompliantSenderTypes', { countries: '={{ ["AU", "Narnia"] }}' }),
		});
		expect(result.error?.message).toBe('Countries "Narnia" is not a country code');
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Pickers of Default Sender', () => {
	it("getCountries lists ClickSend's countries by name with their code", async () => {
		const options = await loadOptions(api.standIn.baseUrl, 'getCountries');
		expect(options).toEqual([
			{ name: 'Afghanistan (AF)', value: 'AF' },
			{ name: 'Australia (AU)', value: 'AU' },
			{ name: 'Finland (FI)', value: 'FI' },
		]);
		expect(api.standIn.requestsTo('GET', '/countries')).toHaveLength(1);
	});

	it('searchDefaultSenders labels each by country and sender, and pages by the next link', async () => {
		const found = await listSearch(api.standIn.baseUrl, 'searchDefaultSenders', 'au');
		expect(found.results).toEqual([{ name: 'AU SMS: ClickSend', value: ID }]);
		// The spec's example has a next link: the editor can ask for it.
		expect(JSON.parse(found.paginationToken!)).toMatchObject({ per_page: '1' });
	});
});
