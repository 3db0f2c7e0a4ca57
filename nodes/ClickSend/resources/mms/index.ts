import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import { historyRouting } from '../../shared/messageFields';
import { simplifyField, simplifyOutput } from '../../shared/routing';
import { SIMPLE_RECEIPT_FIELDS } from '../sms/shared';
import type { ResourceModule } from '../types';
import { calculateMmsPrice, calculateMmsPriceFields } from './calculatePrice';
import { getManyMmsFields } from './getMany';
import { getManyMmsReceiptsFields } from './getManyReceipts';
import { getMmsReceiptFields } from './getReceipt';
import { mmsMessageFields, sendMms } from './send';

const SIMPLE_MMS_HISTORY_FIELDS = ['message_id', 'date', 'to', 'from', 'subject', 'body', 'status', 'status_text', 'message_price', 'custom_string'];

const mmsOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['mms'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of MMS',
			description: 'Get what sending the MMS would cost, without sending them',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many sent MMS',
			description: 'List sent and scheduled MMS from the message history',
			routing: historyRouting('/mms/history', SIMPLE_MMS_HISTORY_FIELDS),
		},
		{
			name: 'Get Many Receipts',
			value: 'getManyReceipts',
			action: 'Get many MMS delivery receipts',
			description: 'List delivery receipts of sent MMS',
			routing: listOperationRouting({
				method: 'GET',
				url: '/mms/receipts',
				output: [simplifyOutput(SIMPLE_RECEIPT_FIELDS)],
			}),
		},
		{
			name: 'Get Receipt',
			value: 'getReceipt',
			action: 'Get an MMS delivery receipt',
			description: 'Get the delivery receipt of one sent MMS',
			routing: operationRouting({
				method: 'GET',
				url: '=/mms/receipts/{{ encodeURIComponent($parameter.messageId.trim()) }}',
				output: [unwrapData, simplifyOutput(SIMPLE_RECEIPT_FIELDS)],
			}),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send MMS',
			description: 'Send one MMS (image + text) per input item, up to 1000 per request to ClickSend',
		},
	],
	default: 'send',
};

export const mmsResource: ResourceModule = {
	name: 'MMS',
	value: 'mms',
	description: 'Send MMS with an image, check prices, read history and delivery receipts',
	properties: [
		mmsOperation,
		...mmsMessageFields,
		...calculateMmsPriceFields,
		...getManyMmsFields,
		simplifyField('mms', ['getMany'], SIMPLE_MMS_HISTORY_FIELDS),
		simplifyField('mms', ['getManyReceipts', 'getReceipt'], SIMPLE_RECEIPT_FIELDS),
		...getManyMmsReceiptsFields,
		...getMmsReceiptFields,
	],
	customOperations: { send: sendMms, calculatePrice: calculateMmsPrice },
};
