import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** The Simplify toggle: keep only the fields named (at most ten) instead of ClickSend's full rows. */
export function simplifyField(kept: string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return only the main fields (${kept.join(', ')}) instead of everything ClickSend returns`,
	};
}

/** The item's Simplify choice as a row mapper: keeps the named fields, or returns rows unchanged. */
export function simplifier(
	this: IExecuteFunctions,
	itemIndex: number,
	kept: string[],
): (row: IDataObject) => IDataObject {
	if (!(this.getNodeParameter('simplify', itemIndex, true) as boolean)) return (row) => row;
	return (row) => {
		const simple: IDataObject = {};
		for (const name of kept) if (name in row) simple[name] = row[name];
		return simple;
	};
}
