import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/routing';

/** Country field of Search Available and Buy: two-letter ISO code. */
export function countryField(operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor('number', operations),
		placeholder: 'e.g. AU',
		description,
	};
}

/** Reads and checks the Country field; returns it upper-case. */
export function countryParameter(this: IExecuteSingleFunctions): string {
	const value = String(this.getNodeParameter('country', '') ?? '').trim();
	if (!/^[A-Za-z]{2}$/.test(value)) {
		throw new NodeOperationError(this.getNode(), `Country "${value}" is not a two-letter country code`, {
			description: 'Use the two-letter ISO code of the country, e.g. AU, US or GB.',
			itemIndex: this.getItemIndex(),
		});
	}
	return value.toUpperCase();
}
