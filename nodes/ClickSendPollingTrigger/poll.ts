import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clickSendPage } from '../transport/pagination';
import { clickSendRequest } from '../transport/request';
import {
	eventPhrase,
	getTriggerEvent,
	POLLABLE_EVENTS,
	type TriggerEvent,
} from '../ClickSendEvents/events';
import { eventId, eventItem, eventTimestamp } from '../ClickSendEvents/output';
import { matchesFilters, ruleFilters, type RuleFilters } from '../ClickSendEvents/rules';
import { ensurePollRule } from './pollRule';
import {
	isNew,
	MAX_PAGES_PER_POLL,
	nextResumePage,
	pagesAfterFirst,
	POLL_PAGE_SIZE,
	remember,
	startState,
	type PollState,
} from './pollState';

/** A listed event: ClickSend's row, its id (output `eventId`) and its time. */
interface ListedEvent {
	row: IDataObject;
	id: string;
	time: number;
}

/** What one poll read of the event's list. */
interface ListRead {
	rows: IDataObject[];
	/** Where the next poll continues (0: the list was read to its end; the next poll starts a new pass). */
	resumePage: number;
	/** This poll ended a pass over the whole list (begun in this poll or continued from earlier ones). */
	passDone: boolean;
}

/** Time a poll may spend reading pages: half of n8n's budget (the rest: marking, output). */
function readingBudgetMs(context: IPollFunctions): number {
	const budget = typeof context.getPollBudgetMs === 'function' ? context.getPollBudgetMs() : 60_000;
	return Math.max(0, budget) / 2;
}

/**
 * Reads the event's list: page 1, then the pages pagesAfterFirst plans, each its own request
 * (retried as that page), up to MAX_PAGES_PER_POLL pages and the reading budget, but always at
 * least two pages when there are two, so a long list keeps moving. `ends` reads only page 1 and
 * the last page (first activation, manual runs: the newest rows are at one end).
 */
async function readList(
	context: IPollFunctions,
	path: string,
	resumePage: number,
	ends = false,
): Promise<ListRead> {
	const started = Date.now();
	const budget = readingBudgetMs(context);
	const first = await clickSendPage.call(context, { path }, 1, POLL_PAGE_SIZE);
	const rows = [...first.rows];
	const read = new Set([1]);
	let lastPage = first.lastPage;
	const planned = ends
		? pagesAfterFirst(first.lastPage, 0).slice(0, 1)
		: pagesAfterFirst(first.lastPage, resumePage);
	for (const page of planned) {
		if (read.size >= MAX_PAGES_PER_POLL) break;
		if (read.size >= 2 && Date.now() - started > budget) break;
		const current = await clickSendPage.call(context, { path }, page, POLL_PAGE_SIZE);
		read.add(page);
		rows.push(...current.rows);
		lastPage = Math.max(lastPage, current.lastPage);
	}
	const next = ends ? 0 : nextResumePage(planned, read);
	// A list that grew a page while it was read was not read to its end.
	return { rows, resumePage: next, passDone: !ends && next === 0 && lastPage === first.lastPage };
}

/** Listed events that pass the node's filters, each once (a row met twice in one poll — a page shifted — counts once). */
function listedEvents(
	event: TriggerEvent,
	rows: IDataObject[],
	filters: RuleFilters,
): ListedEvent[] {
	const byId = new Map<string, ListedEvent>();
	for (const row of rows) {
		if (event.filters.length && !matchesFilters(row, filters)) continue;
		const id = eventId(event, row);
		if (!byId.has(id)) byId.set(id, { row, id, time: eventTimestamp(row) });
	}
	return [...byId.values()];
}

const oldestFirst = (a: ListedEvent, b: ListedEvent) => a.time - b.time || a.id.localeCompare(b.id);

/**
 * Marks the list read strictly before `before`, after the output is built. A failure (even one
 * after ClickSend marked the rows) is logged and the output still returned: the events are
 * remembered as emitted, and a later poll marks again.
 */
async function markRead(
	context: IPollFunctions,
	event: TriggerEvent,
	before: number,
): Promise<void> {
	try {
		await clickSendRequest.call(context, {
			method: 'PUT',
			path: event.markReadPath!,
			body: { date_before: before },
		});
	} catch (error) {
		context.logger.warn(
			`ClickSend Polling Trigger: marking ${eventPhrase(event)} events read failed; they were emitted and a later poll marks them again`,
			{
				error: error instanceof Error ? error.message : String(error),
			},
		);
	}
}

/**
 * The ClickSend Polling Trigger's poll. Every poll first makes sure a POLL rule keeps the events
 * (pollRule.ts). The first poll of an event records where ClickSend's history ends and emits
 * nothing. Later polls read the list (pollState.ts: which pages, how many), emit every new event
 * once, oldest first, and remember it; then, with Mark as Read and a whole list read, mark the
 * list read. Manual runs ("Fetch Test Event") return the newest event and change nothing.
 */
export async function pollEvents(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const event = getTriggerEvent(this.getNodeParameter('event') as string);
	if (!event.pollPath) {
		throw new NodeOperationError(
			this.getNode(),
			`The ${eventPhrase(event)} event can only be received by webhook`,
			{
				description: `ClickSend has no list endpoint for this event. Use the ClickSend Trigger, or pick one of: ${POLLABLE_EVENTS.map((candidate) => candidate.name).join(', ')}.`,
			},
		);
	}
	const filters = ruleFilters(this, event);

	// Read static data once per poll and change that object: n8n 2.41 hands a poll a staged
	// snapshot and commits it with the execution the poll starts (or, for null, on its own).
	const staticData = this.getWorkflowStaticData('node');
	await ensurePollRule.call(this, staticData, event, filters);

	if (this.getMode() === 'manual') {
		const listed = listedEvents(
			event,
			(await readList(this, event.pollPath, 0, true)).rows,
			filters,
		).sort(oldestFirst);
		const latest = listed[listed.length - 1];
		if (!latest) {
			throw new NodeOperationError(
				this.getNode(),
				`No ${eventPhrase(event)} is waiting in ClickSend yet`,
				{
					description:
						'ClickSend lists only unread events that arrived while an automation rule with the action "Poll" existed (this node makes sure one does). Send a test event (for example an SMS to your number) and fetch again.',
				},
			);
		}
		return [[{ json: eventItem(event, latest.row) }]];
	}

	delete staticData.cursor; // what earlier builds kept (a timestamp cursor); `events` replaces it
	const state = staticData.events as PollState | undefined;
	if (!state || state.event !== event.value) {
		const { rows } = await readList(this, event.pollPath, 0, true);
		staticData.events = startState(
			event.value,
			rows.map((row) => ({ id: eventId(event, row), time: eventTimestamp(row) })),
		);
		return null;
	}

	const list = await readList(this, event.pollPath, state.resumePage);
	// A pass over a list longer than one poll reads spans polls; remember the newest event listed
	// when it began: events listed since may sit on pages the pass had already read.
	if (!state.resumePage)
		state.passNewest = list.rows.reduce((max, row) => Math.max(max, eventTimestamp(row)), 0);
	state.resumePage = list.resumePage;
	const fresh = listedEvents(event, list.rows, filters)
		.filter((listed) => isNew(state, listed.id, listed.time))
		.sort(oldestFirst);
	remember(state, fresh, Math.floor(Date.now() / 1000));
	if (!fresh.length) return null;

	const items = fresh.map((listed) => ({ json: eventItem(event, listed.row) }));
	// Mark as Read: only once a pass has seen the whole list, strictly before this run's newest
	// event and the newest event listed when the pass began; everything older was seen by then.
	const before = Math.min(fresh[fresh.length - 1].time, state.passNewest);
	if (
		event.markReadPath &&
		list.passDone &&
		before > 0 &&
		(this.getNodeParameter('options.markAsRead', false) as boolean)
	) {
		await markRead(this, event, before);
	}
	return [items];
}
