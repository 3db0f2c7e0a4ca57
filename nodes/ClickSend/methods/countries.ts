import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { responseRows } from '../../transport/envelope';
import { clickSendRequest } from '../../transport/request';

/**
 * The Country dropdowns of the fields added after 1.0 (Default Sender, Compliant Sender Types):
 * ClickSend's own country list (GET /countries → `data[]` of {code, value}), sorted by name.
 */
export async function getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const envelope = await clickSendRequest.call(this, { method: 'GET', path: '/countries' });
	const rows = responseRows(envelope);
	return rows
		.filter((row) => typeof row.code === 'string' && /^[A-Za-z]{2}$/.test(row.code))
		.map((row) => {
			const code = String(row.code).toUpperCase();
			return { name: `${String(row.value ?? code)} (${code})`, value: code };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}
