import type { INode } from 'n8n-workflow';

import { assertEmailRecipients } from '../../nodes/ClickSend/validation/emailRecipients';

const node: INode = {
	id: '1',
	name: 'ClickSend',
	type: 'n8n-nodes-clicksend-suite.clickSend',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

describe('assertEmailRecipients', () => {
	it('reads addresses separated by commas, semicolons and new lines, with optional (quoted) names', () => {
		expect(
			assertEmailRecipients(
				node,
				'test1@test.com, Jane Doe <test2@test.com>;\n"Boss" <test3@test.com>',
				'To',
			),
		).toEqual([
			{ email: 'test1@test.com' },
			{ email: 'test2@test.com', name: 'Jane Doe' },
			{ email: 'test3@test.com', name: 'Boss' },
		]);
	});

	it('reads a list of texts or { email, name }, and one { email, name }', () => {
		expect(
			assertEmailRecipients(
				node,
				['test1@test.com', { email: ' test2@test.com ', name: ' Ann ' }],
				'To',
			),
		).toEqual([{ email: 'test1@test.com' }, { email: 'test2@test.com', name: 'Ann' }]);
		expect(assertEmailRecipients(node, { email: 'test1@test.com' }, 'CC')).toEqual([
			{ email: 'test1@test.com' },
		]);
	});

	it('gives [] for nothing, so the caller decides whether that is allowed', () => {
		expect(assertEmailRecipients(node, '', 'CC')).toEqual([]);
		expect(assertEmailRecipients(node, undefined, 'CC')).toEqual([]);
		expect(assertEmailRecipients(node, ' , ; ', 'CC')).toEqual([]);
	});

	it('names the field and the entry that is not an address', () => {
		expect(() => assertEmailRecipients(node, 'test1@test.com, nope', 'BCC')).toThrow(
			'BCC "nope" is not an email address',
		);
		expect(() => assertEmailRecipients(node, 'Ann <ann>', 'To')).toThrow(
			'To "ann" is not an email address',
		);
		expect(() => assertEmailRecipients(node, [42], 'To')).toThrow(
			'To "42" is not an email address',
		);
	});

	it('refuses objects without an address, and names that are not text', () => {
		expect(() => assertEmailRecipients(node, { name: 'Ann' }, 'To')).toThrow(
			'To received an object {"name":"Ann"}, which has no "email"',
		);
		expect(() =>
			assertEmailRecipients(node, [{ email: 'test1@test.com', name: { first: 'Ann' } }], 'To'),
		).toThrow('To name received an object {"first":"Ann"} instead of text');
	});
});
