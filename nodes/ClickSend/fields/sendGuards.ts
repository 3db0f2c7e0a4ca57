import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import type { SendGuards } from '../sending/spendGuard';
import { fail, textOf } from '../validation/fail';
import { assertIntegerInRange } from '../validation/input';

/**
 * Options every send has (SMS, MMS, voice, fax, letters, postcards, email): skip items already
 * sent by an earlier run, and the spend guard. Spread `sendGuardOptions` into the send's Options
 * collection; the send reads them with readSendGuards and each item's key with readSendKey.
 */
export const sendGuardOptions: INodeProperties[] = [
	{
		displayName: 'Skip Items Already Sent',
		name: 'skipAlreadySent',
		type: 'boolean',
		default: false,
		description:
			"Whether to skip items this node already sent in an earlier run (for example when a failed run is run again). Messages are remembered in n8n's deduplication store once ClickSend accepted them; skipped items come out with skipped: true.",
	},
	{
		displayName: 'Already Sent Key',
		name: 'alreadySentKey',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.orderId }}',
		description:
			'With Skip Items Already Sent: what makes two items the same message, e.g. an order ID. Leave empty to use the recipient and the message itself.',
	},
	{
		displayName: 'Max Messages per Run',
		name: 'maxMessagesPerRun',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Refuse to send anything when one run would send more messages than this (contacts of a list count one each). 0 = no limit.',
	},
	{
		displayName: 'Max Cost per Run',
		name: 'maxCostPerRun',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description:
			"Ask ClickSend for the price of the whole run first, and refuse to send anything when it costs more than this, in your account's currency. 0 = no limit.",
	},
];

/** A send's properties with the guard options added to its Options collection (a price check shows the same fields without them). */
export function withSendGuards(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) =>
		property.name === 'options' && property.type === 'collection'
			? {
					...property,
					options: ([...(property.options ?? []), ...sendGuardOptions] as INodeProperties[]).sort(
						(a, b) => a.displayName.localeCompare(b.displayName),
					),
				}
			: property,
	);
}

/** The run's guards, from the first item's Options. */
export function readSendGuards(node: INode, read: ParameterReader): SendGuards {
	const options = read<IDataObject>('options', 0, {});
	const maxCost =
		options.maxCostPerRun === undefined || options.maxCostPerRun === ''
			? 0
			: Number(options.maxCostPerRun);
	if (!Number.isFinite(maxCost) || maxCost < 0) {
		fail(
			node,
			`Max Cost per Run "${String(options.maxCostPerRun)}" is not a price`,
			'Enter the most one run may cost, e.g. 25.50, or 0 for no limit.',
		);
	}
	return {
		skipAlreadySent: options.skipAlreadySent === true,
		maxMessages: assertIntegerInRange(
			node,
			options.maxMessagesPerRun ?? 0,
			'Max Messages per Run',
			0,
			Number.MAX_SAFE_INTEGER,
		),
		maxCost,
	};
}

/**
 * For a send (`sends`): its guards, read from the first item's Options, and where the run is
 * priced for Max Cost per Run. Nothing for a price check (Calculate Price), which sends nothing.
 */
export function readSendGuardsIf(
	node: INode,
	read: ParameterReader,
	sends: boolean,
	pricePath: string,
): { guards?: SendGuards; pricePath?: string } {
	return sends ? { guards: readSendGuards(node, read), pricePath } : {};
}

/** One item's Already Sent Key; undefined = the default (recipient and message). */
export function readSendKey(
	node: INode,
	read: ParameterReader,
	itemIndex: number,
): string | undefined {
	const options = read<IDataObject>('options', itemIndex, {});
	const key = textOf(node, options.alreadySentKey, 'Already Sent Key', itemIndex).trim();
	return key || undefined;
}
