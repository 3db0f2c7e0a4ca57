import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { BAD_IDS, failure, onPage, PAGE_FAULTS, pagedList, success } from '../harness/answers';
import { byId, fromList, runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const TEMPLATE = {
	template_id: 281,
	template_id_master: 57,
	template_name: 'Test',
	body: '<div id="nb_wrapper">Hello</div>',
};

const template = (operation: string, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'emailTemplate',
	operation,
	...extra,
});

describe('Email Template → Create', () => {
	it('posts the name and the master template (a number, as spec and docs type it) to /email/templates', async () => {
		api.standIn.on(
			'POST',
			'/email/templates',
			success(
				{ ...TEMPLATE, template_id: 292, template_name: 'Newsletter' },
				'New email template has been saved.',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('create', {
				templateName: ' Newsletter ',
				masterTemplateId: fromList('57'),
			}),
		});
		expect(result.error).toBeUndefined();
		const requests = api.standIn.requestsTo('POST', '/email/templates');
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({ template_name: 'Newsletter', template_id_master: 57 });
		expect(result.items).toEqual([
			{
				json: { ...TEMPLATE, template_id: 292, template_name: 'Newsletter' },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('is not sent again after a 500 (ClickSend may have created the template)', async () => {
		api.standIn.on(
			'POST',
			'/email/templates',
			failure(500, 'INTERNAL_ERROR', 'Oops.', { 'retry-after': '0' }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('create', { templateName: 'Newsletter', masterTemplateId: byId('57') }),
		});
		expect(result.error?.message).toBe('ClickSend had an internal error (INTERNAL_ERROR)');
		expect(api.standIn.requestsTo('POST', '/email/templates')).toHaveLength(1);
	});

	it.each(BAD_IDS)(
		'rejects a Master Template that is %s before any request',
		async (_name, id, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				items: [{ id }],
				parameters: template('create', {
					templateName: 'Newsletter',
					masterTemplateId: byId('={{ $json.id }}'),
				}),
			});
			expect(result.error?.message).toBe(`Master Template${message}`);
			expect(result.error?.description).toBeTruthy();
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it.each([
		['empty', '={{ "" }}', /^Template Name is empty/],
		[
			'an object',
			'={{ { name: "x" } }}',
			/^Template Name received an object \{"name":"x"\} instead of text/,
		],
		['a list', '={{ ["a", "b"] }}', /^Template Name received a list of 2 values instead of text/],
	])(
		'rejects a Template Name that is %s before any request',
		async (_name, templateName, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: template('create', { templateName, masterTemplateId: byId('57') }),
			});
			expect(result.error?.message).toMatch(message);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);
});

describe('Email Template → Get, Get Many, Delete', () => {
	it('Get reads GET /email/templates/{template_id}', async () => {
		api.standIn.on('GET', '/email/templates/281', success(TEMPLATE));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('get', { templateId: fromList('281') }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: TEMPLATE, pairedItem: { item: 0 } }]);
	});

	it('Get accepts an ID saved as plain text', async () => {
		api.standIn.on('GET', '/email/templates/281', success(TEMPLATE));
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('get', { templateId: ' 281 ' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/email/templates/281')).toHaveLength(1);
	});

	it('Get Many lists /email/templates up to Limit', async () => {
		api.standIn.on(
			'GET',
			'/email/templates',
			pagedList(40, (i) => ({ template_id: i + 1, template_name: `T${i + 1}` })),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('getAll', { limit: 20 }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.template_id)).toEqual(
			Array.from({ length: 20 }, (_, i) => i + 1),
		);
		expect(
			api.standIn.requestsTo('GET', '/email/templates').map((request) => request.query.limit),
		).toEqual(['20']);
	});

	it.each(PAGE_FAULTS)(
		'Get Many with Return All returns every template once when page 2 fails once with %s',
		async (_name, fault) => {
			api.standIn.on(
				'GET',
				'/email/templates',
				pagedList(250, (i) => ({ template_id: i + 1 })),
			);
			api.standIn.on('GET', '/email/templates', onPage(2, fault), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: template('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.template_id)).toEqual(
				Array.from({ length: 250 }, (_, i) => i + 1),
			);
			expect(
				api.standIn.requestsTo('GET', '/email/templates').map((request) => request.query.page),
			).toEqual(['1', '2', '2', '3']);
		},
	);

	it.each([
		[0, '"0" is out of range'],
		[-1, '"-1" is out of range'],
		['abc', '"abc" is out of range'],
	])('Get Many rejects Limit %p before any request', async (limit, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('getAll', { limit }),
		});
		expect(result.error?.message).toBe(`Limit ${message}`);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it('Delete sends DELETE /email/templates/{template_id} and outputs {deleted: true}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('delete', { templateId: byId('281') }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('DELETE', '/email/templates/281')).toHaveLength(1);
		expect(result.items).toEqual([
			{ json: { deleted: true, templateId: '281' }, pairedItem: { item: 0 } },
		]);
	});

	it.each(
		['get', 'delete', 'update'].flatMap((operation) =>
			BAD_IDS.map(([name, value, message]) => [operation, name, value, message] as const),
		),
	)(
		'%s rejects a Template that is %s before any request',
		async (operation, _name, id, message) => {
			const result = await runClickSend(api.standIn.baseUrl, {
				items: [{ id }],
				parameters: template(operation, {
					templateId: byId('={{ $json.id }}'),
					updateFields: { templateName: 'x' },
				}),
			});
			expect(result.error?.message).toBe(`Template${message}`);
			expect(api.standIn.requests).toHaveLength(0);
		},
	);

	it('Get reports a 200 whose response_code is not SUCCESS as an error carrying the code', async () => {
		api.standIn.on('GET', '/email/templates/281', {
			status: 200,
			body: {
				http_code: 200,
				response_code: 'NOT_FOUND',
				response_msg: 'Template not found.',
				data: null,
			},
		});
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('get', { templateId: byId('281') }),
		});
		expect(result.error?.message).toBe('ClickSend: Template not found (NOT_FOUND)');
	});

	it('Get reports a 200 with an HTML page or malformed JSON, summarised', async () => {
		api.standIn.on('GET', '/email/templates/281', FAULTS.html(200, 'Maintenance'));
		const html = await runClickSend(api.standIn.baseUrl, {
			parameters: template('get', { templateId: byId('281') }),
		});
		expect(html.error?.message).toBe(
			'The answer did not come from ClickSend\'s API: HTTP 200 with an HTML page titled "Maintenance" (NOT_CLICKSEND_ANSWER)',
		);
		api.standIn.on('GET', '/email/templates/281', FAULTS.raw(200, '{"http_code": 200, "response_'));
		const malformed = await runClickSend(api.standIn.baseUrl, {
			parameters: template('get', { templateId: byId('281') }),
		});
		expect(malformed.error?.message).toMatch(
			/^The answer did not come from ClickSend's API: HTTP 200 with a body that is not JSON/,
		);
	});
});

describe('Email Template → Update', () => {
	it('puts the new name and body to /email/templates/{template_id}', async () => {
		api.standIn.on('PUT', '/email/templates/281', (request) =>
			success(
				{ ...TEMPLATE, ...(request.body as IDataObject) },
				'Your email template has been updated.',
			),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('update', {
				templateId: fromList('281'),
				updateFields: { templateName: 'Renamed', body: '<p>New</p>' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('GET', '/email/templates/281')).toHaveLength(0);
		const [request] = api.standIn.requestsTo('PUT', '/email/templates/281');
		// The spec's update schema lists only `body`; ClickSend's API reference adds the optional `template_name`.
		expect(request.body).toEqual({ template_name: 'Renamed', body: '<p>New</p>' });
		expect(result.items[0].json).toMatchObject({
			template_id: 281,
			template_name: 'Renamed',
			body: '<p>New</p>',
		});
	});

	it('renaming only reads the template first and sends its body back (ClickSend requires the body)', async () => {
		api.standIn.on('GET', '/email/templates/281', success(TEMPLATE));
		api.standIn.on('PUT', '/email/templates/281', (request) =>
			success({ ...TEMPLATE, ...(request.body as IDataObject) }),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('update', {
				templateId: byId('281'),
				updateFields: { templateName: 'Renamed' },
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/email/templates/281')[0].body).toEqual({
			template_name: 'Renamed',
			body: TEMPLATE.body,
		});
	});

	it.each([
		['no field to change', {}, /^Update Fields is empty/],
		['an empty body', { body: '={{ "" }}' }, /^Body is empty/],
		[
			'an object mapped into Body',
			{ body: '={{ { html: "<p>x</p>" } }}' },
			/^Body received an object \{"html":"<p>x<\/p>"\} instead of text/,
		],
		[
			'a list mapped into Template Name',
			{ templateName: '={{ [1, 2] }}' },
			/^Template Name received a list of 2 values instead of text/,
		],
	])('rejects %s before any request', async (_name, updateFields, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('update', { templateId: byId('281'), updateFields }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});
});

describe('Email template pickers', () => {
	it('searchEmailTemplates lists the templates by name and ID, page by page', async () => {
		api.standIn.on(
			'GET',
			'/email/templates',
			pagedList(120, (i) => ({ template_id: i + 1, template_name: `Template ${i + 1}` })),
		);
		const first = await listSearch(api.standIn.baseUrl, 'searchEmailTemplates');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Template 1 (1)', value: '1' });
		expect(first.paginationToken).toBe('2');
		const second = await listSearch(
			api.standIn.baseUrl,
			'searchEmailTemplates',
			undefined,
			first.paginationToken,
		);
		expect(second.results.map((result) => result.value)).toEqual(
			Array.from({ length: 20 }, (_, i) => String(i + 101)),
		);
		expect(second.paginationToken).toBeUndefined();
	});

	it('searchEmailTemplates filters by the typed text, reading on past pages without a match', async () => {
		api.standIn.on(
			'GET',
			'/email/templates',
			pagedList(150, (i) => ({
				template_id: i + 1,
				template_name: i === 140 ? 'Black Friday' : `Template ${i + 1}`,
			})),
		);
		const result = await listSearch(api.standIn.baseUrl, 'searchEmailTemplates', 'friday');
		expect(result.results).toEqual([{ name: 'Black Friday (141)', value: '141' }]);
		expect(api.standIn.requestsTo('GET', '/email/templates')).toHaveLength(2);
	});

	it("searchMasterEmailTemplates lists ClickSend's master templates (the docs answer with a bare list)", async () => {
		api.standIn.on(
			'GET',
			'/email/master-templates',
			success([
				{ template_id_master: 57, template_name: 'Basic 2', date_added: '1458182912' },
				{ template_id_master: 1, template_name: 'Minty', date_added: '1445848821' },
			]),
		);
		const result = await listSearch(api.standIn.baseUrl, 'searchMasterEmailTemplates', 'mint');
		expect(result).toEqual({
			results: [{ name: 'Minty (1)', value: '1' }],
			paginationToken: undefined,
		});
	});
});
