import {
	asRecord,
	responseData,
	responseDataOrMessage,
	responseRows,
} from '../../nodes/transport/envelope';

const answer = (data: unknown) => ({ response_code: 'SUCCESS', response_msg: 'Done.', data });

describe("ClickSend's envelope", () => {
	it('responseData: the record under data, else the fallback (lists, true, strings, null count as none)', () => {
		expect(responseData(answer({ id: 1 }))).toEqual({ id: 1 });
		for (const data of [[{ id: 1 }], true, '{}', 1, null, undefined]) {
			expect(responseData(answer(data))).toEqual({});
			expect(responseData(answer(data), { deleted: true })).toEqual({ deleted: true });
		}
	});

	it('responseDataOrMessage: without a record, what ClickSend said', () => {
		expect(responseDataOrMessage(answer({ id: 1 }))).toEqual({ id: 1 });
		expect(responseDataOrMessage(answer(true))).toEqual({ response_msg: 'Done.' });
	});

	it('responseRows: a list as it is, one record as one row, anything else none', () => {
		expect(responseRows(answer([{ id: 1 }, { id: 2 }]))).toEqual([{ id: 1 }, { id: 2 }]);
		expect(responseRows(answer({ id: 1 }))).toEqual([{ id: 1 }]);
		expect(responseRows(answer('x'))).toEqual([]);
		expect(responseRows(answer(null))).toEqual([]);
	});

	it('asRecord: objects only', () => {
		expect(asRecord({ a: 1 })).toEqual({ a: 1 });
		expect(asRecord([1])).toEqual({});
		expect(asRecord(undefined)).toEqual({});
	});
});
