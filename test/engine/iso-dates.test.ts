import type { IDataObject } from 'n8n-workflow';

import { echoMessages, failure, pagedList } from '../harness/answers';
import { runClickSend } from '../harness/engine';
import { useStandIn } from '../harness/use-stand-in';

/**
 * The ISO twins of ClickSend's Unix-seconds dates (README, "Dates") on every item the ClickSend
 * node outputs: simplified rows, batched send results, and failed items under Continue On Fail
 * (both modes). The triggers' items: test/engine/trigger-*.test.ts.
 */

const api = useStandIn();

const send = (items: IDataObject[]) => ({
	parameters: {
		resource: 'sms',
		operation: 'send',
		to: '={{ $json.phone }}',
		message: '={{ $json.text }}',
	},
	items,
});

describe('ISO twins on the ClickSend node', () => {
	it('Get Many (Simplify on): each row keeps `date` and gets `date_iso` right after it', async () => {
		api.standIn.on(
			'GET',
			'/sms/history',
			pagedList(2, (index) => ({
				message_id: `M${index}`,
				date: String(1444962630 + index),
				to: '+61411111111',
				status: 'Sent',
				schedule: '',
				carrier: 'Telstra',
			})),
		);
		const result = await runClickSend(api.standIn.baseUrl, {
			parameters: { resource: 'sms', operation: 'getAll', returnAll: true },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{
				message_id: 'M0',
				date: '1444962630',
				date_iso: '2015-10-16T02:30:30.000Z',
				to: '+61411111111',
				status: 'Sent',
			},
			{
				message_id: 'M1',
				date: '1444962631',
				date_iso: '2015-10-16T02:30:31.000Z',
				to: '+61411111111',
				status: 'Sent',
			},
		]);
		expect(Object.keys(result.items[0].json).slice(0, 3)).toEqual([
			'message_id',
			'date',
			'date_iso',
		]);
	});

	it('SMS → Send: every result gets `date_iso`; an empty schedule gets no twin', async () => {
		api.standIn.on('POST', '/sms/send', echoMessages());
		const result = await runClickSend(
			api.standIn.baseUrl,
			send([
				{ phone: '+61411111111', text: 'one' },
				{ phone: '+61422222222', text: 'two' },
			]),
		);
		expect(result.error).toBeUndefined();
		for (const { json } of result.items) {
			expect(json).toMatchObject({ date: 1893456000, date_iso: '2030-01-01T00:00:00.000Z' });
			expect(json.schedule).toBe('');
			expect(json).not.toHaveProperty('schedule_iso');
		}
	});

	it.each([
		['continueRegularOutput', (json: IDataObject) => json],
		['continueErrorOutput', (json: IDataObject) => json.details as IDataObject],
	] as const)(
		"a refused message under %s keeps ClickSend's result with its twin",
		async (onError, resultOf) => {
			api.standIn.on(
				'POST',
				'/sms/send',
				echoMessages(() => 'INVALID_RECIPIENT'),
			);
			const result = await runClickSend(api.standIn.baseUrl, {
				...send([{ phone: '+61411111111', text: 'one' }]),
				onError,
			});
			const item = result.outputs.flat()[0].json;
			expect(item.error).toBe(
				'ClickSend did not accept the message to +61411111111 (INVALID_RECIPIENT)',
			);
			expect(resultOf(item)).toMatchObject({
				date: 1893456000,
				date_iso: '2030-01-01T00:00:00.000Z',
				sendState: 'refused',
			});
		},
	);

	it('an error without a ClickSend result gets nothing added', async () => {
		api.standIn.on('POST', '/sms/send', failure(400, 'BAD_REQUEST', 'Bad.'));
		const result = await runClickSend(api.standIn.baseUrl, {
			...send([{ phone: '+61411111111', text: 'one' }]),
			continueOnFail: true,
		});
		expect(Object.keys(result.items[0].json).filter((key) => key.endsWith('_iso'))).toEqual([]);
	});
});
