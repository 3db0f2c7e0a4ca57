import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { assertEmail, assertNumericId, toUnixSeconds } from '../../shared/validation';
import { type PreSend, queryParameters } from '../../shared/routing';

/**
 * Fields and request hooks shared by the Email, Email Campaign, Email Address and Number
 * resources.
 */




/**
 * An allowed (verified) sender email address of the account: picked from the list
 * (GET /email/addresses) or given by its ID.
 */
export function emailAddressField(
	displayOptions: IDisplayOptions,
	options: { name?: string; displayName?: string; description?: string } = {},
): INodeProperties {
	return {
		displayName: options.displayName ?? 'From Address',
		name: options.name ?? 'fromAddress',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions,
		description:
			options.description ??
			'The address the email comes from. Only addresses added and verified under Email Address in ClickSend can send.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchEmailAddresses', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 2',
				validation: [
					{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'An email address ID is a number, e.g. 2' } },
				],
			},
		],
	};
}

/** A numeric ID read from a plain or resource-locator parameter, checked before any request. */
export function numericIdParameter(this: IExecuteSingleFunctions, parameter: string, label: string): number {
	const value = this.getNodeParameter(parameter, '', { extractValue: true });
	return assertNumericId(this.getNode(), value, label, this.getItemIndex());
}

/**
 * preSend: puts a checked numeric ID into the request path, replacing `{id}` in `path`
 * (e.g. `/email-campaigns/{id}/cancel`).
 */
export function idInPath(parameter: string, label: string, path: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = numericIdParameter.call(this, parameter, label);
		requestOptions.url = path.replace('{id}', String(id));
		return requestOptions;
	};
}

/** A schedule date as Unix seconds; must be in the future. Empty → undefined. */
export function scheduleSeconds(this: IExecuteSingleFunctions, value: unknown, label = 'Schedule'): number | undefined {
	return toUnixSeconds(this.getNode(), value, label, this.getItemIndex(), { mustBeFuture: true });
}


export function dateQuery(filters: Array<{ parameter: string; label: string; key: string }>): PreSend {
	return queryParameters(function (this: IExecuteSingleFunctions) {
		const query: IDataObject = {};
		for (const { parameter, label, key } of filters) {
			query[key] = toUnixSeconds(this.getNode(), this.getNodeParameter(parameter, ''), label, this.getItemIndex());
		}
		return query;
	});
}

export interface EmailRecipient {
	email: string;
	name?: string;
}

/**
 * Parses a recipients field: addresses separated by commas or semicolons, each either
 * `test1@test.com` or `Jane Doe <test1@test.com>`. Every address is checked; the error names
 * the field. An array of strings or {email, name} objects (from an expression) is accepted too.
 */
export function parseRecipients(this: IExecuteSingleFunctions, value: unknown, field: string): EmailRecipient[] {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const entries: unknown[] = Array.isArray(value)
		? value
		: String(value ?? '')
				.split(/[,;\n]/)
				.map((entry) => entry.trim())
				.filter((entry) => entry);
	return entries.map((entry) => {
		if (entry && typeof entry === 'object') {
			const { email, name } = entry as IDataObject;
			const recipient: EmailRecipient = { email: assertEmail(node, email, field, itemIndex) };
			if (name) recipient.name = String(name);
			return recipient;
		}
		const text = String(entry).trim();
		const named = /^(.*)<([^<>]+)>$/.exec(text);
		if (named) {
			const name = named[1].trim().replace(/^"(.*)"$/, '$1');
			const recipient: EmailRecipient = { email: assertEmail(node, named[2], field, itemIndex) };
			if (name) recipient.name = name;
			return recipient;
		}
		return { email: assertEmail(node, text, field, itemIndex) };
	});
}

/** Text that must not be empty; the error names the field. */
export function requiredText(this: IExecuteSingleFunctions, parameter: string, label: string, howToFix: string): string {
	const value = this.getNodeParameter(parameter, '');
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (!text.trim()) {
		throw new NodeOperationError(this.getNode(), `${label} is empty`, { description: howToFix, itemIndex: this.getItemIndex() });
	}
	return text;
}

