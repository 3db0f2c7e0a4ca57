import { runClickSend } from '../harness/engine';
import { listSearch } from '../harness/methods';
import { useStandIn } from '../harness/use-stand-in';

const api = useStandIn();

const template = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'smsTemplate', operation, ...extra });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The page shape of the seed docs; the spec's example wraps the page in an array. */
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
			parameters: template('create', { templateName: 'Order shipped', body: '漢字 and 👋 stay as written' }),
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
		const result = await runClickSend(api.standIn.baseUrl, { parameters: template('getAll', { returnAll: true }) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.template_id)).toEqual([587713, 587714]);
	});

	it('Update puts the new name and body to /sms/templates/{template_id}', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('update', { templateId: byId('587916'), templateName: 'Template XYZ', body: 'New text' }),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('PUT', '/sms/templates/587916')[0].body).toEqual({ template_name: 'Template XYZ', body: 'New text' });
		expect(result.items[0].json).toMatchObject({ template_id: 587916 });
	});

	it('Delete answers { deleted: true, templateId }', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: template('delete', { templateId: { __rl: true, mode: 'list', value: '587713' } }),
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
		expect(api.standIn.requestsTo('GET', '/sms/templates')[0].query).toMatchObject({ q: 'template_name:Order', page: '1' });
		expect(found.paginationToken).toBeUndefined();
	});
});
