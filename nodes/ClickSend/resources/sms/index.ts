import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import { historyRouting } from '../../shared/messageFields';
import type { ResourceModule } from '../types';
import { calculateSmsPrice, calculateSmsPriceFields } from './calculatePrice';
import { cancelSmsFields } from './cancel';
import { cancelAllSmsFields } from './cancelAll';
import { getManySmsFields } from './getMany';
import { getManyInboundSmsFields } from './getManyInbound';
import { getManySmsReceiptsFields } from './getManyReceipts';
import { getSmsReceiptFields } from './getReceipt';
import { markInboundSmsAsReadFields } from './markInboundAsRead';
import { markSmsReceiptsAsReadFields } from './markReceiptsAsRead';
import { sendSms, smsMessageFields } from './send';
import { SIMPLE_HISTORY_FIELDS, SIMPLE_RECEIPT_FIELDS } from './shared';
import { acknowledged, simplifyField, simplifyOutput, unixTimeParameter, withPreSend } from '../../shared/routing';

/** PUT a mark-as-read endpoint, with the optional Only Before date as `date_before`. */
function markAsReadRouting(url: string) {
	return withPreSend(
		operationRouting({
			method: 'PUT',
			url,
			body: {},
			output: [acknowledged({ marked_read: true })],
		}),
		unixTimeParameter('dateBefore', 'Only Before', 'body', 'date_before'),
	);
}

const smsOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['sms'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of SMS',
			description: 'Get what sending the messages would cost, without sending them',
		},
		{
			name: 'Cancel',
			value: 'cancel',
			action: 'Cancel a scheduled SMS',
			description: 'Cancel one scheduled SMS before it is sent',
			routing: operationRouting({
				method: 'PUT',
				url: '=/sms/{{ encodeURIComponent($parameter.messageId.trim()) }}/cancel',
				output: [acknowledged({ cancelled: true }, { parameter: 'messageId', key: 'message_id' })],
			}),
		},
		{
			name: 'Cancel All',
			value: 'cancelAll',
			action: 'Cancel all scheduled SMS',
			description: 'Cancel every scheduled SMS that has not been sent yet',
			routing: operationRouting({ method: 'PUT', url: '/sms/cancel-all', body: {} }),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many sent SMS',
			description: 'List sent and scheduled SMS from the message history',
			routing: historyRouting('/sms/history', SIMPLE_HISTORY_FIELDS),
		},
		{
			name: 'Get Many Inbound',
			value: 'getManyInbound',
			action: 'Get many inbound SMS',
			description: 'List unread replies and inbound SMS',
			routing: listOperationRouting({ method: 'GET', url: '/sms/inbound' }),
		},
		{
			name: 'Get Many Receipts',
			value: 'getManyReceipts',
			action: 'Get many SMS delivery receipts',
			description: 'List unread delivery receipts of sent SMS',
			routing: listOperationRouting({
				method: 'GET',
				url: '/sms/receipts',
				output: [simplifyOutput(SIMPLE_RECEIPT_FIELDS)],
			}),
		},
		{
			name: 'Get Receipt',
			value: 'getReceipt',
			action: 'Get an SMS delivery receipt',
			description: 'Get the delivery receipt of one sent SMS',
			routing: operationRouting({
				method: 'GET',
				url: '=/sms/receipts/{{ encodeURIComponent($parameter.messageId.trim()) }}',
				output: [unwrapData, simplifyOutput(SIMPLE_RECEIPT_FIELDS)],
			}),
		},
		{
			name: 'Mark Inbound As Read',
			value: 'markInboundAsRead',
			action: 'Mark inbound SMS as read',
			description: 'Mark inbound SMS as read so they no longer appear in Get Many Inbound',
			routing: markAsReadRouting('/sms/inbound-read'),
		},
		{
			name: 'Mark Receipts As Read',
			value: 'markReceiptsAsRead',
			action: 'Mark SMS delivery receipts as read',
			description: 'Mark delivery receipts as read so they no longer appear in Get Many Receipts',
			routing: markAsReadRouting('/sms/receipts-read'),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send SMS',
			description: 'Send one SMS per input item, up to 1000 per request to ClickSend',
		},
	],
	default: 'send',
};

export const smsResource: ResourceModule = {
	name: 'SMS',
	value: 'sms',
	description: 'Send SMS, check prices, cancel scheduled SMS, read history, receipts and replies',
	properties: [
		smsOperation,
		...smsMessageFields,
		...calculateSmsPriceFields,
		...cancelSmsFields,
		...cancelAllSmsFields,
		...getManySmsFields,
		simplifyField('sms', ['getMany'], SIMPLE_HISTORY_FIELDS),
		simplifyField('sms', ['getManyReceipts', 'getReceipt'], SIMPLE_RECEIPT_FIELDS),
		...getManyInboundSmsFields,
		...getManySmsReceiptsFields,
		...getSmsReceiptFields,
		...markInboundSmsAsReadFields,
		...markSmsReceiptsAsReadFields,
	],
	customOperations: { send: sendSms, calculatePrice: calculateSmsPrice },
};
