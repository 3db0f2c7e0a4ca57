import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { clickSendRequest } from './transport';

/**
 * Uploads a file to ClickSend (`POST /uploads?convert=…`, body `{ content: base64 }`) and returns
 * the URL ClickSend gives it (`data._url`; files expire 10 minutes after upload), for endpoints that
 * take a `file_url`. `convert` says what the file is for: csv, fax, mms, post, postcard.
 */
export async function uploadToClickSend(
	this: IExecuteFunctions,
	content: Buffer,
	convert: string,
	itemIndex: number,
): Promise<{ url: string; upload: IDataObject }> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/uploads',
		qs: { convert },
		body: { content: content.toString('base64') },
		// An upload sends nothing to anyone (a repeated upload only leaves a spare file that expires
		// in 10 minutes), so it is retried like a read after 429, 5xx or a dropped connection.
		kind: 'read',
		itemIndex,
	});
	const upload = (envelope.data ?? {}) as IDataObject;
	const url = upload._url;
	if (typeof url !== 'string' || !url) {
		throw new NodeApiError(this.getNode(), envelope as never, {
			message: 'ClickSend accepted the upload but returned no file URL',
			description: 'Run the node again; if it keeps happening, contact ClickSend support.',
			itemIndex,
		});
	}
	return { url, upload };
}
