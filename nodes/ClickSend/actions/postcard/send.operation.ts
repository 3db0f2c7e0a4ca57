import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withSendGuards } from '../../fields/sendGuards';
import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { postcardSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send a postcard',
	description: 'Print and post a postcard (PDF) to one address per input item',
	toolDescription:
		'Print and post a postcard with ClickSend. Needs the design (one 2-page PDF, or a front and a back file, from binary data or File URLs), the postal address (name, line 1, city, postal code, two-letter country code) and the ID of a return address. Returns the message_id, status (SUCCESS when accepted) and post_price.',
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

/** POST /post/postcards/send: `file_urls` and the recipients of those files. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, postcardSends.call(this, '/post/postcards/send', true));
}
