import type { INode, INodeProperties } from 'n8n-workflow';

import { describeValue, fail } from '../validation/fail';
import { toUnixSeconds } from '../validation/dates';

/**
 * Limit Wait Time, shaped like n8n's own Wait node and send-and-wait options (Limit Type, Amount,
 * Unit, Max Date and Time). A Send and Wait always has a limit (one day unless changed): its
 * ClickSend rule is named with it, so that a rule left behind by a stopped or deleted execution
 * is removed once the limit has passed (rules.ts).
 */

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
type Unit = keyof typeof UNIT_MS;

/** The longest wait accepted: a year. */
const MAX_WAIT_MS = 366 * UNIT_MS.days;

export const waitLimitFields: INodeProperties[] = [
	{
		displayName: 'Limit Wait Time',
		name: 'limitType',
		type: 'options',
		default: 'afterTimeInterval',
		options: [
			{
				name: 'After Time Interval',
				value: 'afterTimeInterval',
				description: 'Wait at most a certain amount of time',
			},
			{
				name: 'At Specified Time',
				value: 'atSpecifiedTime',
				description: 'Wait at most until a date and time',
			},
		],
		description:
			'How long to wait for the answer. Then the execution continues with a timed-out output (timedOut: true).',
	},
	{
		displayName: 'Amount',
		name: 'resumeAmount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 1,
		description: 'How long to wait at most, in the unit below (more than 0)',
		displayOptions: { show: { limitType: ['afterTimeInterval'] } },
	},
	{
		displayName: 'Unit',
		name: 'resumeUnit',
		type: 'options',
		default: 'days',
		options: [
			{ name: 'Minutes', value: 'minutes' },
			{ name: 'Hours', value: 'hours' },
			{ name: 'Days', value: 'days' },
		],
		displayOptions: { show: { limitType: ['afterTimeInterval'] } },
	},
	{
		displayName: 'Max Date and Time',
		name: 'maxDateAndTime',
		type: 'dateTime',
		default: '',
		description: 'When to stop waiting, in the future',
		displayOptions: { show: { limitType: ['atSpecifiedTime'] } },
	},
];

export interface WaitLimitValues {
	limitType: unknown;
	resumeAmount: unknown;
	resumeUnit: unknown;
	maxDateAndTime: unknown;
}

/** When the wait ends at the latest. Refuses a limit of 0 or less, a past date, an impossible one. */
export function readWaitLimit(node: INode, values: WaitLimitValues, now = Date.now()): Date {
	if (values.limitType === 'atSpecifiedTime') {
		const seconds = toUnixSeconds(node, values.maxDateAndTime, 'Max Date and Time', 0, {
			mustBeFuture: true,
			now,
		});
		if (seconds === undefined) {
			fail(
				node,
				'Max Date and Time is empty',
				'Pick the date and time until which to wait, or set Limit Wait Time to After Time Interval.',
			);
		}
		if (seconds * 1000 - now > MAX_WAIT_MS)
			fail(node, 'Max Date and Time is more than a year away', 'Wait at most a year.');
		return new Date(seconds * 1000);
	}
	const unit = String(values.resumeUnit ?? 'days') as Unit;
	if (!(unit in UNIT_MS))
		fail(node, `Unit "${String(values.resumeUnit)}" is not a unit`, 'Pick Minutes, Hours or Days.');
	const amount =
		typeof values.resumeAmount === 'string' && values.resumeAmount.trim() !== ''
			? Number(values.resumeAmount)
			: values.resumeAmount;
	if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
		const shown =
			typeof values.resumeAmount === 'object' && values.resumeAmount !== null
				? describeValue(values.resumeAmount)
				: `"${String(values.resumeAmount)}"`;
		fail(
			node,
			`Amount ${shown} is not a time to wait`,
			'Limit Wait Time needs an Amount of more than 0, e.g. 1 (day) or 30 (minutes).',
		);
	}
	const waitMs = amount * UNIT_MS[unit];
	if (waitMs > MAX_WAIT_MS)
		fail(node, `Amount ${amount} ${unit} is more than a year`, 'Wait at most a year.');
	return new Date(now + Math.round(waitMs));
}
