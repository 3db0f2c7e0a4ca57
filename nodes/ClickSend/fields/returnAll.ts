import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clickSendAllPages, type PagedRequest } from '../../transport/pagination';
import { assertLimit } from '../validation/input';
import { simplifier } from './simplify';

/** Return All + Limit of a list operation (Get Many), with their reader and the list they ask for. */
export const returnAllFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
];

/** How many rows the item asks for: undefined = all; otherwise a checked Limit (1 or more). */
export function readLimit(this: IExecuteFunctions, itemIndex: number): number | undefined {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	return assertLimit(this.getNode(), this.getNodeParameter('limit', itemIndex, 50), itemIndex);
}

/**
 * The rows of a Get Many: the whole ClickSend list (Return All) or up to Limit, each kept to
 * `simpleFields` when Simplify is on.
 */
export async function simplifiedRows(
	this: IExecuteFunctions,
	itemIndex: number,
	request: Omit<PagedRequest, 'itemIndex'>,
	simpleFields: string[],
): Promise<IDataObject[]> {
	const rows = await clickSendAllPages.call(
		this,
		{ ...request, itemIndex },
		readLimit.call(this, itemIndex),
	);
	return rows.map(simplifier.call(this, itemIndex, simpleFields));
}
