import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withSendGuards } from '../../fields/sendGuards';
import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { letterSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send a letter',
	description: 'Print and post a PDF to one address per input item',
	toolDescription:
		'Print a PDF and post it as a letter with ClickSend. Needs the document (a PDF from binary data or a File URL), the postal address (name, line 1, city, postal code, two-letter country code) and the ID of a return address. Returns the message_id, status (SUCCESS when accepted), post_pages and post_price.',
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

/** POST /post/letters/send: `file_url`, the print options and the recipients of that document. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, letterSends.call(this, '/post/letters/send', true));
}
