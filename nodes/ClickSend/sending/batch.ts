import type { IDataObject } from 'n8n-workflow';

/**
 * Pure helpers for batched message sends (SMS, MMS, voice, fax, post): split the items into requests of at
 * most `size` messages, and map the per-message results ClickSend returns back to the items.
 */

/** ClickSend accepts at most this many messages in one /sms/send, /mms/send or /voice/send. */
export const MAX_MESSAGES_PER_REQUEST = 1000;

export function chunk<T>(values: T[], size: number): T[][] {
	if (!Number.isInteger(size) || size < 1)
		throw new RangeError(`Chunk size must be a positive integer, got ${size}`);
	const chunks: T[][] = [];
	for (let start = 0; start < values.length; start += size)
		chunks.push(values.slice(start, start + size));
	return chunks;
}

/** Who one request message goes to: a phone number or a contact list. */
export interface Recipient {
	to?: string;
	listId?: number | string;
}

/**
 * The last nine digits of a phone number: enough to recognise it after ClickSend rewrote a local
 * number (0411 111 111 with Country AU) into international format (+61411111111).
 */
export function phoneKey(value: unknown): string {
	return String(value ?? '')
		.replace(/\D/g, '')
		.slice(-9);
}

/**
 * Assigns ClickSend's `data.messages[]` of one request to the request's messages.
 *
 * - A message to a contact list expands to one result per contact; those results carry the
 *   `list_id`. They go to the request messages sent to that list; when several request messages
 *   in the batch target the same list, each gets an equal, consecutive share (the same list
 *   expands to the same contacts within one request).
 * - The other results go to the phone-number messages: by position when the counts match and
 *   every result's number is the number at its position (ClickSend answers in request order);
 *   otherwise by recipient number (ClickSend left out a blocked recipient, or answered in another
 *   order). A message nothing matched gets an empty array.
 * - Results left over when a list message got none (a list result without `list_id`) go to the
 *   list messages that got nothing, in order.
 */
export function mapResultsToRecipients(
	recipients: Recipient[],
	results: IDataObject[],
): IDataObject[][] {
	const assigned: IDataObject[][] = recipients.map(() => []);
	const listIds = new Set(
		recipients.filter((r) => r.listId !== undefined).map((r) => String(r.listId)),
	);

	const listResults = new Map<string, IDataObject[]>();
	const phoneResults: IDataObject[] = [];
	for (const result of results) {
		const listId =
			result.list_id === undefined || result.list_id === null ? undefined : String(result.list_id);
		if (listId !== undefined && listIds.has(listId)) {
			if (!listResults.has(listId)) listResults.set(listId, []);
			listResults.get(listId)!.push(result);
		} else {
			phoneResults.push(result);
		}
	}

	for (const listId of listIds) {
		const owners = recipients.flatMap((r, index) =>
			r.listId !== undefined && String(r.listId) === listId ? [index] : [],
		);
		const rows = listResults.get(listId) ?? [];
		const share = Math.ceil(rows.length / owners.length);
		owners.forEach((owner, n) => (assigned[owner] = rows.slice(n * share, (n + 1) * share)));
	}

	const phoneOwners = recipients.flatMap((r, index) => (r.listId === undefined ? [index] : []));
	let leftovers: IDataObject[];
	const positionsAgree =
		phoneResults.length === phoneOwners.length &&
		phoneOwners.every(
			(owner, n) =>
				phoneResults[n].to === undefined ||
				phoneKey(phoneResults[n].to) === phoneKey(recipients[owner].to),
		);
	if (positionsAgree) {
		phoneOwners.forEach((owner, n) => (assigned[owner] = [phoneResults[n]]));
		leftovers = [];
	} else {
		const byNumber = new Map<string, IDataObject[]>();
		for (const result of phoneResults) {
			const key = phoneKey(result.to);
			if (!byNumber.has(key)) byNumber.set(key, []);
			byNumber.get(key)!.push(result);
		}
		for (const owner of phoneOwners) {
			const match = byNumber.get(phoneKey(recipients[owner].to))?.shift();
			if (match) assigned[owner] = [match];
		}
		leftovers = [...byNumber.values()].flat();
	}

	const emptyListOwners = recipients.flatMap((r, index) =>
		r.listId !== undefined && !assigned[index].length ? [index] : [],
	);
	if (emptyListOwners.length && leftovers.length) {
		const share = Math.ceil(leftovers.length / emptyListOwners.length);
		emptyListOwners.forEach(
			(owner, n) => (assigned[owner] = leftovers.slice(n * share, (n + 1) * share)),
		);
	}
	return assigned;
}
