import {
	asRecord,
	responseData,
	responseDataOrMessage,
	responseRows,
} from '../../nodes/transport/envelope';

const ok = (data: unknown) => ({ response_code: 'SUCCESS', response_msg: 'Done.', data });

describe("ClickSend's envelope", () => {
	it('responseData: the record under data, else the fallback (lists, true, strings, null count as none)', () => {
		expect(responseData(ok({ id: 1 }))).toEqual({ id: 1 });
		for (const data of [[{ id: 1 }], true, '{}', 1, null, undefined]) {
			expect(responseData(ok(data))).toEqual({});
			expect(responseData(ok(data), { deleted: true })).toEqual({ deleted: true });
		}
	});

	it('responseDataOrMessage: without a record, what ClickSend said', () => {
		expect(responseDataOrMessage(ok({ id: 1 }))).toEqual({ id: 1 });
		expect(responseDataOrMessage(ok(true))).toEqual({ response_msg: 'Done.' });
	});

	it('responseRows: a list as it is, one record as one row, anything else none', () => {
		expect(responseRows(ok([{ id: 1 }, { id: 2 }]))).toEqual([{ id: 1 }, { id: 2 }]);
		expect(responseRows(ok({ id: 1 }))).toEqual([{ id: 1 }]);
		expect(responseRows(ok('x'))).toEqual([]);
		expect(responseRows(ok(null))).toEqual([]);
	});

	it('asRecord: objects only', () => {
		expect(asRecord({ a: 1 })).toEqual({ a: 1 });
		expect(asRecord([1])).toEqual({});
		expect(asRecord(undefined)).toEqual({});
	});
});
