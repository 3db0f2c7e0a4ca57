import type { IDataObject } from 'n8n-workflow';

/**
 * The one way to put values (IDs, numbers, emails) into an API path: each value is trimmed and
 * percent-encoded, and an empty one is refused, since `/sms//cancel` or `/sms/receipts/` would
 * reach another endpoint. Operations check IDs with a field-named error first (fields/ids.ts);
 * this is the last guard.
 *
 *   apiPath`/lists/${listId}/contacts/${contactId}`
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	let path = strings[0];
	values.forEach((value, index) => {
		const text = String(value).trim();
		if (!text) throw new Error(`Empty value in the API path ${strings.join('{…}')}`);
		path += encodeURIComponent(text) + strings[index + 1];
	});
	return path;
}

/**
 * The query of a next-page link (`next_page_url`, `_metadata.pagination.next`) as written in it:
 * ClickSend's cursor offsets hold a `#`, which parsing the link as a URL would take for the start
 * of a fragment. Undefined when the link has no query.
 */
export function linkQuery(link: unknown): IDataObject | undefined {
	if (typeof link !== 'string' || !link.includes('?')) return undefined;
	const qs: IDataObject = {};
	for (const pair of link.slice(link.indexOf('?') + 1).split('&')) {
		const split = pair.indexOf('=');
		const [key, value] = split < 0 ? [pair, ''] : [pair.slice(0, split), pair.slice(split + 1)];
		if (!key) continue;
		try {
			qs[decodeURIComponent(key)] = decodeURIComponent(value);
		} catch {
			qs[key] = value;
		}
	}
	return Object.keys(qs).length ? qs : undefined;
}
