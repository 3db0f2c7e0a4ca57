import type { IDataObject } from 'n8n-workflow';

import { failure, NOT_SUCCESS_200, onPage, PAGE_FAULTS, pagedList } from '../harness/answers';
import { runClickSend } from '../harness/engine';
import { FAULTS } from '../harness/stand-in';
import { useStandIn } from '../harness/use-stand-in';

/** Delivery Issue: report one, list them; against the spec-checked stand-in. */
const api = useStandIn();

const issue = (operation: string, extra: IDataObject = {}) => ({
	resource: 'deliveryIssue',
	operation,
	...extra,
});
const REPORT = {
	messageType: 'SMS',
	description: 'The customer did not get the reminder',
	emailAddress: 'test1@test.com',
};

describe('Delivery Issue → Create', () => {
	// ClickSend's API reference names the address `email-address` in its table and body example, but
	// `email_address` in its curl sample and its answer, as the spec does: the node sends `email_address`.
	it('posts type, description, email_address and the optional message ID and comments', async () => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: issue('create', {
				...REPORT,
				additionalFields: {
					messageId: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5',
					comments: 'Sent at 9:30',
				},
			}),
		});
		expect(result.error).toBeUndefined();
		expect(api.standIn.requestsTo('POST', '/delivery-issues')[0].body).toEqual({
			type: 'SMS',
			description: 'The customer did not get the reminder',
			email_address: 'test1@test.com',
			message_id: 'B388828B-AD46-4366-8AD3-0305FF5E3FE5',
			client_comments: 'Sent at 9:30',
		});
		expect(result.items[0].json).toMatchObject({ issue_id: 1 });
	});

	it.each([
		['an empty description', { description: '={{ " " }}' }, /^Description is empty$/],
		[
			'an email address that is not one',
			{ emailAddress: 'me' },
			/^Email Address "me" is not an email address$/,
		],
		[
			'a mapped type that is not one',
			{ messageType: '={{ "PIGEON" }}' },
			/^Message Type "PIGEON" is not valid$/,
		],
		[
			'a message ID with spaces',
			{ additionalFields: { messageId: 'B388 828B' } },
			/^Message ID "B388 828B" is not a valid ID$/,
		],
		[
			'comments mapped as an object',
			{ additionalFields: { comments: '={{ { a: 1 } }}' } },
			/^Comments received an object/,
		],
	])('%s is refused before any request', async (_name, change, message) => {
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: issue('create', { ...REPORT, ...change }),
		});
		expect(result.error?.message).toMatch(message);
		expect(api.standIn.requests).toHaveLength(0);
	});

	it.each([
		['a 500', failure(500, 'INTERNAL_ERROR', 'Oops.')],
		['a dropped connection', FAULTS.drop],
	])('is never retried after %s, so an issue is never reported twice', async (_name, answer) => {
		api.standIn.on('POST', '/delivery-issues', answer);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: issue('create', REPORT) });
		expect(result.error).toBeDefined();
		expect(api.standIn.requestsTo('POST', '/delivery-issues')).toHaveLength(1);
	});

	it.each(NOT_SUCCESS_200)('a 200 with %s is an error', async (_name, answer, message) => {
		api.standIn.on('POST', '/delivery-issues', answer);
		const result = await runClickSend(api.standIn.baseUrl, { parameters: issue('create', REPORT) });
		expect(result.error?.message).toBe(message);
	});
});

describe('Delivery Issue → Get Many', () => {
	it('Simplify (on) keeps ten fields; off keeps all', async () => {
		const simple = await runClickSend(api.standIn.baseUrl, {
			parameters: issue('getAll', { limit: 1 }),
		});
		expect(simple.error).toBeUndefined();
		// Ten of ClickSend's fields; the ISO twin of date_added comes on top (Editor conventions, rule 9).
		const keys = Object.keys(simple.items[0].json);
		expect(keys.filter((key) => !key.endsWith('_iso'))).toHaveLength(10);
		expect(keys.filter((key) => key.endsWith('_iso'))).toEqual(['date_added_iso']);
		expect(simple.items[0].json).not.toHaveProperty('user_id');
		const full = await runClickSend(api.standIn.baseUrl, {
			parameters: issue('getAll', { limit: 1, simplify: false }),
		});
		expect(full.items[0].json).toHaveProperty('user_id');
	});

	it.each(PAGE_FAULTS)(
		'Return All with %s on page 2: each issue once',
		async (_name, answer) => {
			api.standIn.on(
				'GET',
				'/delivery-issues',
				pagedList(120, (i) => ({ issue_id: i + 1 })),
			);
			api.standIn.on('GET', '/delivery-issues', onPage(2, answer), 1);
			const result = await runClickSend(api.standIn.baseUrl, {
				parameters: issue('getAll', { returnAll: true }),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.issue_id)).toEqual(
				Array.from({ length: 120 }, (_, i) => i + 1),
			);
			expect(api.standIn.requestsTo('GET', '/delivery-issues').map((r) => r.query.page)).toEqual([
				'1',
				'2',
				'2',
			]);
		},
		20_000,
	);
});
