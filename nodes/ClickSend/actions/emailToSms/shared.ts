import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { idLocator } from '../../fields/locator';
import { assertNotEmpty } from '../../validation/input';

/** What the stripped-string operations share: the rule picker and the Text field. */

export function strippedStringLocator(description: string): INodeProperties {
	return idLocator({
		displayName: 'Stripped String Rule',
		name: 'ruleId',
		description,
		searchListMethod: 'searchStrippedStrings',
		example: '18',
		what: 'stripped string rule',
	});
}

export function readStrippedStringId(this: IExecuteFunctions, itemIndex: number): number {
	return readNumericId.call(this, 'ruleId', itemIndex, 'Stripped String Rule');
}

export const stripStringField: INodeProperties = {
	displayName: 'Text to Strip',
	name: 'stripString',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Sent from my iPhone',
	description: 'Text ClickSend removes from emails before sending them as SMS (e.g. a signature)',
};

/** The request body `{strip_string}`, checked (kept as typed: spaces may be part of it). */
export function readStripString(
	this: IExecuteFunctions,
	itemIndex: number,
): { strip_string: string } {
	return {
		strip_string: assertNotEmpty(
			this.getNode(),
			this.getNodeParameter('stripString', itemIndex, ''),
			'Text to Strip',
			'Enter the text to remove from emails, e.g. a signature line.',
			itemIndex,
		),
	};
}
