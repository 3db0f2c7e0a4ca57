import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ClickSendContext } from './credentials';
import { responseData } from './envelope';
import { clickSendRequest } from './request';

/** What ClickSend converts an upload for (`convert` of POST /uploads). */
export type UploadPurpose = 'csv' | 'fax' | 'mms' | 'post' | 'postcard';

/**
 * Uploads a file to ClickSend (`POST /uploads?convert=…`, body `{ content: base64 }`) and returns
 * the URL ClickSend gives it (`data._url`; files expire 10 minutes after upload), for endpoints
 * that take a file URL. An upload sends nothing to anyone (a repeated one only leaves a spare file
 * that expires), so it is retried like a read.
 */
export async function uploadToClickSend(
	this: ClickSendContext,
	content: Buffer,
	convert: UploadPurpose,
	itemIndex: number,
): Promise<{ url: string; upload: IDataObject }> {
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/uploads',
		qs: { convert },
		body: { content: content.toString('base64') },
		idempotent: true,
		itemIndex,
	});
	const upload = responseData(envelope);
	const url = upload._url;
	if (typeof url !== 'string' || !url) {
		throw new NodeApiError(
			this.getNode(),
			{ response_code: 'SUCCESS', response_msg: 'No file URL' },
			{
				message: 'ClickSend accepted the upload but returned no file URL',
				description: 'Run the node again; if it keeps happening, contact ClickSend support.',
				itemIndex,
			},
		);
	}
	return { url, upload };
}
