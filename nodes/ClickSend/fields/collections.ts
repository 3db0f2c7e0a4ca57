import type { INodeProperties } from 'n8n-workflow';

/**
 * The three collections operations use, built one way: Options (optional settings), Filters (of a
 * list) and Update Fields (what an update changes). Their entries are sorted by name, as n8n's
 * editor and linter expect.
 */
function collection(
	displayName: string,
	name: string,
	placeholder: string,
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

export const optionsCollection = (options: INodeProperties[]) =>
	collection('Options', 'options', 'Add Option', options);

export const filtersCollection = (options: INodeProperties[]) =>
	collection('Filters', 'filters', 'Add Filter', options);

export const updateFieldsCollection = (options: INodeProperties[]) =>
	collection('Update Fields', 'updateFields', 'Add Field', options);
