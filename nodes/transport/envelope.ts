import type { IDataObject } from 'n8n-workflow';

import type { ClickSendEnvelope } from './errors';

/**
 * Reading ClickSend's answer `{ http_code, response_code, response_msg, data }`: the one way every
 * operation, dropdown and trigger takes `data` out of it.
 */

/** `value` when it is a record (an object, not a list); otherwise an empty record. */
export function asRecord(value: unknown): IDataObject {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

/** The answer's `data` when it is a record; otherwise `fallback` (an empty record by default). */
export function responseData(envelope: ClickSendEnvelope, fallback: IDataObject = {}): IDataObject {
	const data = asRecord(envelope.data);
	return data === envelope.data ? data : fallback;
}

/** The answer's `data` when it is a record; otherwise ClickSend's `response_msg`, so the item says what happened. */
export function responseDataOrMessage(envelope: ClickSendEnvelope): IDataObject {
	return responseData(envelope, { response_msg: envelope.response_msg });
}

/** The answer's `data` as rows: a list as it is, one record as one row, anything else none. */
export function responseRows(envelope: ClickSendEnvelope): IDataObject[] {
	if (Array.isArray(envelope.data)) return envelope.data as IDataObject[];
	const data = asRecord(envelope.data);
	return data === envelope.data ? [data] : [];
}
