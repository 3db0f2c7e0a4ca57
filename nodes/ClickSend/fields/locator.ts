import type { INodeProperties } from 'n8n-workflow';

export interface IdLocatorOptions {
	displayName: string;
	name: string;
	description: string;
	/** listSearch method of the "From List" mode (methods/index.ts). */
	searchListMethod: string;
	/** An example ID for the placeholder, e.g. "428". */
	example: string;
	/** What the ID is of, for the validation message, e.g. "list". */
	what: string;
	/** IDs of letters and digits (e.g. email template IDs) instead of whole numbers. */
	textIds?: boolean;
	required?: boolean;
}

/**
 * The one builder of ID pickers: a resource locator with a searchable list of the account's
 * items and a "By ID" mode. Read it with readNumericId / readTextId (fields/ids.ts).
 */
export function idLocator(options: IdLocatorOptions): INodeProperties {
	const pattern = options.textIds ? '^\\s*[\\w.-]+\\s*$' : '^\\s*\\d+\\s*$';
	const kind = options.textIds ? 'an ID of letters, digits and dashes' : 'a number';
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${options.example}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: pattern,
							errorMessage: `A ${options.what} ID is ${kind}, e.g. ${options.example}`,
						},
					},
				],
			},
		],
	};
}

/**
 * A ClickSend contact list (`listId` unless named otherwise), picked from the account's lists or
 * given by ID: the one list picker of every resource.
 */
export function contactListLocator(
	description: string,
	displayName = 'Contact List',
	name = 'listId',
): INodeProperties {
	return idLocator({
		displayName,
		name,
		description,
		searchListMethod: 'searchContactLists',
		example: '428',
		what: 'list',
	});
}
