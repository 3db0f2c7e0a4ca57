import type { IDataObject } from 'n8n-workflow';

/**
 * What the ClickSend Polling Trigger remembers between polls (node static data, `events`), and
 * which pages a poll reads. Pure functions: poll.ts does the requests.
 *
 * An event is new when its id is not remembered and its time is not before `before`. Ids are
 * remembered with their time, the newest MAX_REMEMBERED_EVENTS at most; forgetting the oldest
 * whole seconds moves `before` past them, so a forgotten event still listed is never new again.
 * A row ClickSend lists late with an older time fires once, as long as it is not older than
 * `before` (the start of the activation, or the oldest remembered second).
 */

/** Rows per page: ClickSend's largest. */
export const POLL_PAGE_SIZE = 100;

/** Pages one poll reads at most (1,000 rows); the next poll continues with the next page. */
export const MAX_PAGES_PER_POLL = 10;

/** Event ids remembered at most. */
export const MAX_REMEMBERED_EVENTS = 2000;

export interface PollState extends IDataObject {
	/** The event these ids belong to; another event starts over (nothing emitted, history recorded). */
	event: string;
	/** Unix second: events before it are history (from before activation, or forgotten). */
	before: number;
	/** Remembered event ids (output `eventId`) → event time in Unix seconds. */
	seen: Record<string, number>;
	/** The page of a long list the next poll continues at (2 or more); 0 = none (the next poll starts a new pass). */
	resumePage: number;
	/** The newest event time listed when the current pass over the list began (Mark as Read stops there). */
	passNewest: number;
}

/**
 * The state of a first poll: everything listed now is history. `rows` are the listed events
 * (id and time) the poll read; the newest second among them becomes `before`, and the ids at
 * that second are remembered, so an event arriving later in that same second is still new.
 */
export function startState(event: string, rows: Array<{ id: string; time: number }>): PollState {
	const newest = rows.reduce((max, row) => Math.max(max, row.time), 0);
	const seen: Record<string, number> = {};
	for (const row of rows) if (row.time === newest) seen[row.id] = row.time;
	return { event, before: newest, seen, resumePage: 0, passNewest: newest };
}

/** Whether a listed event is new. Events without a time (0) are judged by their id alone. */
export function isNew(state: PollState, id: string, time: number): boolean {
	if (Object.prototype.hasOwnProperty.call(state.seen, id)) return false;
	return time === 0 || time >= state.before;
}

/**
 * Remembers emitted events (`time` 0 is remembered as `nowSeconds`), then forgets the oldest
 * whole seconds beyond MAX_REMEMBERED_EVENTS and moves `before` past them.
 */
export function remember(
	state: PollState,
	events: Array<{ id: string; time: number }>,
	nowSeconds: number,
): void {
	for (const { id, time } of events) state.seen[id] = time || nowSeconds;
	const ids = Object.keys(state.seen);
	if (ids.length <= MAX_REMEMBERED_EVENTS) return;
	const times = ids.map((id) => state.seen[id]).sort((a, b) => b - a);
	// The oldest second that must go; everything at or before it is forgotten (never half a second).
	const cutoff = times[MAX_REMEMBERED_EVENTS];
	if (cutoff >= times[0]) return; // one second holds them all: keep it whole
	for (const id of ids) if (state.seen[id] <= cutoff) delete state.seen[id];
	state.before = Math.max(state.before, cutoff + 1);
}

/**
 * Pages to read after page 1, in order, for a list of `lastPage` pages: the last page (where a
 * list sorted oldest first shows its new rows; page 1 shows them for newest first), then the
 * pages in between; or, continuing a long list, from `resumePage` to the end. The caller stops
 * after MAX_PAGES_PER_POLL pages or its time budget.
 */
export function pagesAfterFirst(lastPage: number, resumePage: number): number[] {
	const range = (from: number, to: number) =>
		Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
	if (lastPage <= 1) return [];
	if (resumePage >= 2 && resumePage <= lastPage) return range(resumePage, lastPage);
	return [lastPage, ...range(2, lastPage - 1)];
}

/** Where the next poll continues: the first planned page this poll did not read (0: none left). */
export function nextResumePage(planned: number[], read: Set<number>): number {
	const unread = planned.filter((page) => !read.has(page));
	return unread.length ? Math.min(...unread) : 0;
}
