import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { assertIntegerInRange, assertNotEmpty } from '../../nodes/ClickSend/validation/input';

const node = {
	name: 'ClickSend',
	type: 'n8n-nodes-clicksend-suite.clickSend',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;

describe('assertNotEmpty', () => {
	it('returns the text unchanged, spaces and emoji included', () => {
		expect(assertNotEmpty(node, ' Hi 👋 ', 'Message', 'Type it.')).toBe(' Hi 👋 ');
	});

	it.each([[''], ['   \n'], [undefined], [null]])('rejects %p naming the field', (value) => {
		expect(() => assertNotEmpty(node, value, 'Message', 'Type the text.')).toThrow(
			NodeOperationError,
		);
		expect(() => assertNotEmpty(node, value, 'Message', 'Type the text.')).toThrow(
			'Message is empty',
		);
	});
});

describe('assertIntegerInRange', () => {
	it('accepts whole numbers in range, also as text', () => {
		expect(assertIntegerInRange(node, 1, 'Batch Size', 1, 1000)).toBe(1);
		expect(assertIntegerInRange(node, '1000', 'Batch Size', 1, 1000)).toBe(1000);
	});

	it.each([[0], [1001], [2.5], ['abc'], [''], [undefined]])('rejects %p', (value) => {
		expect(() => assertIntegerInRange(node, value, 'Batch Size', 1, 1000)).toThrow(
			/^Batch Size ".*" is out of range$/,
		);
	});
});
