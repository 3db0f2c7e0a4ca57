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
