import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertLimit } from '../validation/input';

/** Return All + Limit of a list operation. */
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
