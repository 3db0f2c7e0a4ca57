import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { withSendGuards } from '../../fields/sendGuards';
import { runDocumentSends } from '../../sending/documents';
import type { OperationOption } from '../types';
import { faxSends, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send a fax',
	description:
		'Fax a PDF to one number per input item; items with the same PDF share one upload and one request',
	toolDescription:
		"Send a fax with ClickSend. Needs the fax number in international format (e.g. +61261111111) and the document: a PDF from the input item's binary data or a public File URL. Returns the message_id, status (SUCCESS when accepted), message_pages and message_price of the fax.",
};

export const properties: INodeProperties[] = withSendGuards(sendFields);

/** POST /fax/send: `file_url` and the messages of that document. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runDocumentSends.call(this, faxSends.call(this, '/fax/send', true));
}
