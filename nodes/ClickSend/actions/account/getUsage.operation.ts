import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { toUnixSeconds } from '../../validation/dates';
import { fail, textOf } from '../../validation/fail';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Usage',
	value: 'getUsage',
	action: 'Get the account usage of a month',
	description:
		"Get one month's messages and spend per sub-account (SMS, MMS, voice, fax, post, email), e.g. to bill clients",
	toolDescription:
		'Get the ClickSend usage of one month per sub-account: how many SMS, MMS, voice, fax, post and email messages each sub-account sent and what they cost. Needs the month (last month by default, or YYYY-MM). Returns one row per sub-account: subaccount_id, username, <channel>_count, <channel>_price, total_price, currency.',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		default: 'lastMonth',
		options: [
			{
				name: 'Last Month',
				value: 'lastMonth',
				description: 'The month before the current one (in the workflow time zone)',
			},
			{
				name: 'This Month',
				value: 'thisMonth',
				description: 'The current month so far (in the workflow time zone)',
			},
			{ name: 'Choose a Month', value: 'month', description: 'A month you give as YYYY-MM' },
		],
		description: 'Which month to report',
	},
	{
		displayName: 'Year and Month',
		name: 'month',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { period: ['month'] } },
		placeholder: 'e.g. 2026-11',
		description:
			'The month as YYYY-MM (e.g. 2026-11), or a date in that month mapped from a previous node',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'perSubaccount',
		options: [
			{
				name: 'One Item per Sub-Account',
				value: 'perSubaccount',
				description: 'Each sub-account with its count and price per channel and its total price',
			},
			{
				name: "ClickSend's Answer",
				value: 'raw',
				description: 'One item: the lists per channel and the totals, as ClickSend sends them',
			},
		],
		description: 'How to return the usage',
	},
];

interface UsageMonth {
	year: number;
	month: number;
}

/** Year and month of `now` in the time zone, shifted by `monthsBack`. */
function monthIn(timeZone: string, monthsBack: number, now = new Date()): UsageMonth {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: 'numeric',
	}).formatToParts(now);
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	const index = part('year') * 12 + (part('month') - 1) - monthsBack;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Year and Month as YYYY-MM or a date in the month; impossible dates and months to come are refused. */
function readMonth(node: INode, value: unknown, timeZone: string, itemIndex: number): UsageMonth {
	const field = 'Year and Month';
	const text = textOf(node, value, field, itemIndex).trim();
	const fix = 'Enter the month as YYYY-MM, e.g. 2026-11, or map a date in that month.';
	if (!text) fail(node, `${field} is empty`, fix, itemIndex);
	const match = /^(\d{4})-(\d{1,2})(-.*)?$/.exec(text);
	if (!match) fail(node, `${field} "${text}" is not a month`, fix, itemIndex);
	const [, year, month, rest] = match;
	if (Number(month) < 1 || Number(month) > 12)
		fail(
			node,
			`${field} "${text}" is not a month (there is no month ${Number(month)})`,
			fix,
			itemIndex,
		);
	// A whole date must be a real one: 2031-02-30 is refused, not read as February.
	if (rest) toUnixSeconds(node, text, field, itemIndex);
	const chosen = { year: Number(year), month: Number(month) };
	const current = monthIn(timeZone, 0);
	if (chosen.year * 12 + chosen.month > current.year * 12 + current.month) {
		fail(
			node,
			`${field} ${year}-${month.padStart(2, '0')} has not started yet`,
			'ClickSend has usage only for this month and earlier months. Choose one of them.',
			itemIndex,
		);
	}
	return chosen;
}

const asNumber = (value: IDataObject[string]): IDataObject[string] =>
	value === undefined || value === null || value === '' || !Number.isFinite(Number(value))
		? value
		: Number(value);

/**
 * ClickSend's answer as one row per sub-account: for every channel list in it (sms, mms, voice,
 * fax, post, email, …) `<channel>_count` and `<channel>_price` (0 where the sub-account has
 * none), then `total_price`. Counts and prices come as text or numbers; they are numbers here.
 */
function perSubaccount(data: IDataObject, { year, month }: UsageMonth): IDataObject[] {
	const channels = Object.keys(data).filter((key) => Array.isArray(data[key]));
	const currency = ((data._currency ?? {}) as IDataObject).currency_name_short;
	const rows = new Map<string, IDataObject>();
	for (const channel of channels) {
		for (const entry of data[channel] as IDataObject[]) {
			const id = String(entry.subaccount_id);
			if (!rows.has(id))
				rows.set(id, {
					year,
					month,
					subaccount_id: asNumber(entry.subaccount_id),
					username: entry.username,
				});
			const row = rows.get(id)!;
			row[`${channel}_count`] = asNumber(entry.total_count);
			row[`${channel}_price`] = asNumber(entry.total_price);
		}
	}
	return [...rows.values()].map((row) => {
		let total = 0;
		for (const channel of channels) {
			row[`${channel}_count`] ??= 0;
			row[`${channel}_price`] ??= 0;
			const price = Number(row[`${channel}_price`]);
			if (Number.isFinite(price)) total += price;
		}
		row.total_price = Math.round(total * 10000) / 10000;
		if (currency !== undefined) row.currency = currency;
		return row;
	});
}

/** GET /account/usage/{year}/{month}/subaccount (month without a leading zero, as ClickSend's example "4"). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject | IDataObject[]> {
	const node = this.getNode();
	const timeZone = this.getTimezone();
	const period = this.getNodeParameter('period', itemIndex, 'lastMonth') as string;
	const chosen =
		period === 'month'
			? readMonth(node, this.getNodeParameter('month', itemIndex, ''), timeZone, itemIndex)
			: monthIn(timeZone, period === 'thisMonth' ? 0 : 1);
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/account/usage/${chosen.year}/${chosen.month}/subaccount`,
		itemIndex,
	});
	const data = responseData(envelope);
	if (this.getNodeParameter('output', itemIndex, 'perSubaccount') === 'raw')
		return { year: chosen.year, month: chosen.month, ...data };
	return perSubaccount(data, chosen);
}
