import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clickSendRequest, clickSendRequestAllPages, type ClickSendPage } from '../ClickSend/shared/transport';
import { getTriggerEvent, POLLABLE_EVENTS, type TriggerEvent } from '../ClickSendTrigger/events';
import { dedupeKey, eventMessageId, eventTimestamp, normaliseEvent } from '../ClickSendTrigger/normalise';
import { ensurePollRule } from './pollRule';

/** At most this many unread events are read per poll (10 pages of 100). */
export const MAX_POLL_ROWS = 1000;
/** At most this many ids are kept for the cursor's timestamp. */
const MAX_CURSOR_IDS = 1000;

/** Where the last poll stopped: the newest event time seen, and the events seen at that time. */
export interface PollCursor extends IDataObject {
	timestamp: number;
	ids: string[];
}

function rowKey(event: TriggerEvent, row: IDataObject): string {
	return dedupeKey(event, row) ?? JSON.stringify(row);
}

/** Inbound SMS filters of the node (dedicated number, message match) applied to a polled row. */
export function matchesFilters(row: IDataObject, dedicatedNumber: string, searchType: number, term: string): boolean {
	if (dedicatedNumber && dedicatedNumber !== '*' && String(row.to ?? '') !== dedicatedNumber) return false;
	if (!searchType || !term) return true;
	const body = String(row.body ?? row.message ?? '').toLowerCase();
	const needle = term.toLowerCase();
	if (searchType === 1) return body.startsWith(needle);
	if (searchType === 2) return body.includes(needle);
	if (searchType === 3) return !body.includes(needle);
	return true;
}

async function fetchRows(context: IPollFunctions, event: TriggerEvent): Promise<IDataObject[]> {
	if (event.pollPaged) {
		return (await clickSendRequestAllPages.call(context, { path: event.pollPath! }, MAX_POLL_ROWS)) as IDataObject[];
	}
	// /voice/receipts and /fax/receipts take no page/limit in the spec: one request.
	const envelope = await clickSendRequest.call(context, { method: 'GET', path: event.pollPath! });
	const page = (envelope.data ?? {}) as ClickSendPage;
	return Array.isArray(page.data) ? page.data : [];
}

/** Sorted oldest → newest (by event time, then message id) so output order is stable. */
function sortRows(rows: IDataObject[]): IDataObject[] {
	return [...rows].sort(
		(a, b) =>
			eventTimestamp(a) - eventTimestamp(b) ||
			String(eventMessageId(a) ?? '').localeCompare(String(eventMessageId(b) ?? '')),
	);
}

/**
 * The ClickSend Polling Trigger's poll. Every poll first makes sure a POLL rule keeps the events
 * (pollRule.ts). First activation: record where ClickSend's history ends and emit nothing. Later
 * polls: emit each event newer than the cursor exactly once (ids seen at the cursor's timestamp
 * are remembered), then optionally mark them read. Manual runs return the newest event so its
 * fields can be mapped.
 */
export async function pollEvents(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const event = getTriggerEvent(this.getNodeParameter('event') as string);
	if (!event.pollPath) {
		throw new NodeOperationError(this.getNode(), `${event.name} can only be received by webhook`, {
			description: `ClickSend has no list endpoint for this event. Use the ClickSend Trigger, or pick one of: ${POLLABLE_EVENTS.map((candidate) => candidate.name).join(', ')}.`,
		});
	}
	const filters =
		event.value === 'inboundSms'
			? {
					dedicatedNumber: this.getNodeParameter('dedicatedNumber', '*') as string,
					messageSearchType: Number(this.getNodeParameter('messageSearchType', 0)),
					messageSearchTerm: this.getNodeParameter('messageSearchTerm', '') as string,
				}
			: { dedicatedNumber: '*', messageSearchType: 0, messageSearchTerm: '' };

	// Read static data once per poll and mutate that object: n8n 2.x hands a poll a staged
	// snapshot and commits it only when the poll (and the run it starts) succeeds.
	const state = this.getWorkflowStaticData('node');
	await ensurePollRule.call(this, state, event, filters);

	let rows = sortRows(await fetchRows(this, event));
	if (event.value === 'inboundSms') {
		rows = rows.filter((row) =>
			matchesFilters(row, filters.dedicatedNumber, filters.messageSearchType, filters.messageSearchTerm),
		);
	}

	if (this.getMode() === 'manual') {
		const latest = rows[rows.length - 1];
		if (!latest) {
			throw new NodeOperationError(this.getNode(), `No ${event.name} is waiting in ClickSend yet`, {
				description:
					'ClickSend lists only unread events that arrived while an automation rule with the action "Poll" existed (this node makes sure one does). Send a test event (for example an SMS to your number) and fetch again.',
			});
		}
		return [[{ json: normaliseEvent(event, latest) }]];
	}

	const cursor = state.cursor as PollCursor | undefined;
	if (!cursor || cursor.event !== event.value) {
		const newest = rows.length ? eventTimestamp(rows[rows.length - 1]) : 0;
		state.cursor = {
			event: event.value,
			timestamp: newest,
			ids: rows.filter((row) => eventTimestamp(row) === newest).map((row) => rowKey(event, row)),
		};
		return null;
	}

	const seenAtCursor = new Set(cursor.ids);
	const fresh = rows.filter((row) => {
		const at = eventTimestamp(row);
		return at > cursor.timestamp || (at === cursor.timestamp && !seenAtCursor.has(rowKey(event, row)));
	});
	if (!fresh.length) return null;

	const newest = Math.max(cursor.timestamp, ...fresh.map(eventTimestamp));
	const ids = newest === cursor.timestamp ? [...cursor.ids] : [];
	for (const row of fresh) if (eventTimestamp(row) === newest) ids.push(rowKey(event, row));
	state.cursor = { event: event.value, timestamp: newest, ids: ids.slice(-MAX_CURSOR_IDS) };

	const markAsRead = this.getNodeParameter('options.markAsRead', false) as boolean;
	if (markAsRead && event.markReadPath && newest > 0) {
		// Strictly before the newest time: events at that second stay unread one more round, and
		// the cursor's ids keep them from being emitted twice.
		await clickSendRequest.call(this, { method: 'PUT', path: event.markReadPath, body: { date_before: newest } });
	}
	return [fresh.map((row) => ({ json: normaliseEvent(event, row) }))];
}
