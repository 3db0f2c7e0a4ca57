import { failure, onPage, PAGE_FAULTS, pagedList } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const template = (operation: string, extra: Record<string, unknown> = {}) => ({
	resource: 'smsTemplate',
	operation,
	...extra,
});

/** The page shape of ClickSend's API reference; the spec's example wraps the page in an array. */
const templatesPage = {
	status: 200,
	body: {
		http_code: 200,
		response_code: 'SUCCESS',
		response_msg: 'Here are your templates.',
		data: {
			total: 2,
			per_page: 100,
			current_page: 1,
			last_page: 1,
			from: 1,
			to: 2,
			data: [
				{ template_id: 587713, template_name: 'Order shipped', body: 'Your order has shipped' },
				{ template_id: 587714, template_name: 'Reminder', body: 'See you tomorrow 👋' },
			],
		},
	},
};

describe('SMS Template', () => {
	it('Create posts template_name and body to /sms/templates', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('create', {
				templateName: 'Order shipped',
				body: '漢字 and 👋 stay as written',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/sms/templates')[0].body).toEqual({
			template_name: 'Order shipped',
			body: '漢字 and 👋 stay as written',
		});
		expect(result.items[0].json).toMatchObject({ template_id: 589242 });
	});

	it('Get Many lists the templates, one item each', async () => {
		api.standIn.on('GET', '/sms/templates', templatesPage);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('getAll', { returnAll: true }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.template_id)).toEqual([587713, 587714]);
	});

	it('Update puts the new name and body to /sms/templates/{template_id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('update', {
				templateId: byId('587916'),
				templateName: 'Template XYZ',
				body: 'New text',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms/templates/587916')[0].body).toEqual({
			template_name: 'Template XYZ',
			body: 'New text',
		});
		expect(result.items[0].json).toMatchObject({ template_id: 587916 });
	});

	it('Delete answers { deleted: true, templateId }', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('delete', { templateId: fromList('587713') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', '/sms/templates/587713')).toHaveLength(1);
		expect(result.items[0].json).toEqual({ deleted: true, templateId: '587713' });
	});

	it('rejects a template ID that is not a number before any request', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('delete', { templateId: byId('={{ $json.id }}') }),
			items: [{ id: 'order-template' }],
		});
		expect(result.error?.message).toBe('Template "order-template" is not a valid ID');
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('the Template picker searches templates by name', async () => {
		api.standIn.on('GET', '/sms/templates', templatesPage);
		const found = await listSearch(api.standIn.baseUrl, 'searchSmsTemplates', 'Order');
		expect(found.results).toEqual([
			{ name: 'Order shipped (587713)', value: '587713' },
			{ name: 'Reminder (587714)', value: '587714' },
		]);
		expect(api.standIn.requestsTo('GET', '/sms/templates')[0].query).toMatchObject({
			q: 'template_name:Order',
			page: '1',
		});
		expect(found.paginationToken).toBeUndefined();
	});

	it('Get reads one template with GET /sms/templates/{template_id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('get', { templateId: byId(' 587713 ') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/sms/templates/587713')).toHaveLength(1);
		// The spec's example answer.
		expect(result.items).toEqual([
			{
				json: {
					template_id: 587713,
					template_name: 'Template 501916',
					body: 'This is a test updated template.\r\nnew line 漢字 here.',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	describe('a Template ID that cannot be one is refused before any request', () => {
		// Mapped by expressions: n8n itself refuses an empty or non-numeric ID typed into the field.
		const cases: Array<[string, string, RegExp]> = [
			['empty', '={{ "" }}', /^Template is empty$/],
			['whitespace', '={{ "   " }}', /^Template is empty$/],
			['not a number', '={{ "abc" }}', /^Template "abc" is not a valid ID$/],
			[
				'an unsafe integer',
				'={{ "9007199254740993" }}',
				/^Template "9007199254740993" is too large to be a ClickSend ID$/,
			],
			[
				'an object',
				'={{ $json.template }}',
				/^Template received an object \{"id":587713\} instead of text$/,
			],
		];
		it.each(['get', 'update', 'delete'])('%s', async (operation) => {
			for (const [, value, message] of cases) {
				const result = await runClickSend(api.standIn.baseUrl, {
					parameters: template(operation, {
						templateId: byId(value),
						templateName: 'A',
						body: 'B',
					}),
					items: [{ template: { id: 587713 } }],
				});
				expect(result.error?.message).toMatch(message);
				expect(result.error?.description).toBeTruthy();
			}
			expect(api.standIn.requests).toHaveLength(0);
		});
	});

	it.each([
		[
			'Template Name',
			{ templateName: '={{ $json.name }}' },
			/^Template Name received an object \{"first":"Ann"\} instead of text$/,
		],
		['Body', { body: '={{ $json.lines }}' }, /^Body received a list of 2 values instead of text$/],
		['Body (empty)', { body: ' ' }, /^Body is empty$/],
	])(
		'Create refuses an object, a list or nothing mapped into %s before any request',
		async (_field, fields, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: template('create', {
					templateName: 'Order shipped',
					body: 'Shipped',
					...fields,
				}),
				items: [{ name: { first: 'Ann' }, lines: ['a', 'b'] }],
			});
			expect(result.error?.message).toMatch(message);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it.each([[0], [-1], ['abc']])('Get Many refuses Limit %p before any request', async (limit) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('getAll', { limit }),
		});
		expect(result.error?.message).toBe(`Limit "${String(limit)}" is out of range`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each(PAGE_FAULTS)(
		'Get Many with Return All: %s on page 2 is retried as page 2, every template once',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/sms/templates',
				pagedList(250, (index) => ({
					template_id: index + 1,
					template_name: `T${index}`,
					body: 'x',
				})),
			);
			api.standIn.on('GET', '/sms/templates', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: template('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.template_id)).toEqual(
				Array.from({ length: 250 }, (_, index) => index + 1),
			);
			expect(
				api.standIn.requestsTo('GET', '/sms/templates').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
		20_000,
	);

	it.each([
		[
			'a non-SUCCESS response_code',
			failure(200, 'FORBIDDEN', 'This template belongs to another account.'),
			'ClickSend: This template belongs to another account (FORBIDDEN)',
		],
		[
			'an HTML page',
			FAULTS.html(200, 'Maintenance'),
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		],
		[
			'malformed JSON',
			FAULTS.raw(200, '{"template_id":'),
			'The answer did not come from ClickSend\'s API: HTTP 200 with a body that is not JSON: "{"template_id":" (NOT_CLICKSEND_ANSWER)',
		],
	])(
		'Get answered 200 with %s fails with the code, not an empty template',
		async (_name, answer, message) => {
			api.standIn.on('GET', '/sms/templates/587713', answer);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: template('get', { templateId: byId('587713') }),
			});
			expect(result.error?.message).toBe(message);
			expect(result.items).toHaveLength(0);
		},
	);
});
