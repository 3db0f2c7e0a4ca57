import { chunk, mapResultsToRecipients, phoneKey } from '../../nodes/ClickSend/sending/batch';

describe('chunk', () => {
	it('splits into pieces of at most size, keeping order', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(
			chunk(
				Array.from({ length: 2500 }, (_, i) => i),
				1000,
			).map((piece) => piece.length),
		).toEqual([1000, 1000, 500]);
		expect(chunk([], 1000)).toEqual([]);
	});

	it('refuses a size that is not a positive integer', () => {
		expect(() => chunk([1], 0)).toThrow(RangeError);
		expect(() => chunk([1], 1.5)).toThrow(RangeError);
	});
});

describe('phoneKey', () => {
	it('recognises a local number after ClickSend rewrote it to international format', () => {
		expect(phoneKey('0411 111 111')).toBe(phoneKey('+61411111111'));
		expect(phoneKey('+61411111111')).not.toBe(phoneKey('+61422222222'));
	});
});

describe('mapResultsToRecipients', () => {
	const result = (to: string, extra: Record<string, unknown> = {}) => ({
		to,
		status: 'SUCCESS',
		...extra,
	});

	it('maps by position when every message has a result', () => {
		const mapped = mapResultsToRecipients(
			[{ to: '+61411111111' }, { to: '+61411111111' }],
			[result('+61411111111', { message_id: 'a' }), result('+61411111111', { message_id: 'b' })],
		);
		expect(mapped.map((rows) => rows[0].message_id)).toEqual(['a', 'b']);
	});

	it('maps by number when a result is missing, leaving that message without one', () => {
		const mapped = mapResultsToRecipients(
			[{ to: '0411111111' }, { to: '+61422222222' }, { to: '+61433333333' }],
			[result('+61433333333'), result('+61411111111')],
		);
		expect(mapped.map((rows) => rows.map((row) => row.to))).toEqual([
			['+61411111111'],
			[],
			['+61433333333'],
		]);
	});

	it('gives a list message all results carrying its list_id, between phone messages', () => {
		const mapped = mapResultsToRecipients(
			[{ to: '+61411111111' }, { listId: 428 }, { to: '+61422222222' }],
			[
				result('+61411111111'),
				result('+61455555555', { list_id: 428 }),
				result('+61466666666', { list_id: '428' }),
				result('+61422222222'),
			],
		);
		expect(mapped.map((rows) => rows.map((row) => row.to))).toEqual([
			['+61411111111'],
			['+61455555555', '+61466666666'],
			['+61422222222'],
		]);
	});

	it("splits a list's results evenly between messages sent to the same list", () => {
		const rows = ['1', '2', '3', '4'].map((n) => result(`+6141111111${n}`, { list_id: 7 }));
		const mapped = mapResultsToRecipients([{ listId: 7 }, { listId: '7' }], rows);
		expect(mapped.map((r) => r.length)).toEqual([2, 2]);
		expect(mapped[0][0].to).toBe('+61411111111');
		expect(mapped[1][0].to).toBe('+61411111113');
	});

	it('gives results without list_id to a list message that got none', () => {
		const mapped = mapResultsToRecipients(
			[{ to: '+61411111111' }, { listId: 9 }],
			[result('+61411111111'), result('+61477777777'), result('+61488888888')],
		);
		expect(mapped[0].map((row) => row.to)).toEqual(['+61411111111']);
		expect(mapped[1].map((row) => row.to)).toEqual(['+61477777777', '+61488888888']);
	});
});

describe('mapResultsToRecipients: ClickSend answers in another order with the same count', () => {
	const result = (to: string, message_id: string) => ({ to, status: 'SUCCESS', message_id });

	it('maps each result to the message with its number, not to the position it came in', () => {
		const mapped = mapResultsToRecipients(
			[{ to: '+61411111111' }, { to: '+61422222222' }, { to: '+61433333333' }],
			[result('+61433333333', 'c'), result('+61411111111', 'a'), result('+61422222222', 'b')],
		);
		expect(mapped.map((rows) => rows.map((row) => row.message_id))).toEqual([['a'], ['b'], ['c']]);
	});

	it('recognises local numbers ClickSend rewrote, and keeps repeats of one number in order', () => {
		const mapped = mapResultsToRecipients(
			[{ to: '0411111111' }, { to: '+61422222222' }, { to: '+61411111111' }],
			[result('+61422222222', 'b'), result('+61411111111', 'a1'), result('+61411111111', 'a2')],
		);
		expect(mapped.map((rows) => rows.map((row) => row.message_id))).toEqual([
			['a1'],
			['b'],
			['a2'],
		]);
	});
});
