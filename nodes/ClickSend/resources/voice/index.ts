import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import { historyRouting } from '../../shared/messageFields';
import { acknowledged, simplifyField, simplifyOutput } from '../../shared/routing';
import { SIMPLE_RECEIPT_FIELDS } from '../sms/shared';
import type { ResourceModule } from '../types';
import { calculateVoicePrice, calculateVoicePriceFields } from './calculatePrice';
import { cancelVoiceFields } from './cancel';
import { cancelAllVoiceFields } from './cancelAll';
import { getManyVoiceFields } from './getMany';
import { getManyVoiceReceiptsFields } from './getManyReceipts';
import { getVoiceReceiptFields } from './getReceipt';
import { sendVoice, voiceMessageFields } from './send';

const SIMPLE_VOICE_HISTORY_FIELDS = ['message_id', 'date', 'to', 'body', 'voice', 'lang', 'status', 'status_text', 'message_price', 'custom_string'];
const SIMPLE_VOICE_RECEIPT_FIELDS = [...SIMPLE_RECEIPT_FIELDS, 'digits'];

const voiceOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['voice'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of voice calls',
			description: 'Get what the calls would cost, without making them',
		},
		{
			name: 'Cancel',
			value: 'cancel',
			action: 'Cancel a scheduled voice call',
			description: 'Cancel one scheduled call before it is made',
			routing: operationRouting({
				method: 'PUT',
				url: '=/voice/{{ encodeURIComponent($parameter.messageId.trim()) }}/cancel',
				body: {},
				output: [acknowledged({ cancelled: true }, { parameter: 'messageId', key: 'message_id' })],
			}),
		},
		{
			name: 'Cancel All',
			value: 'cancelAll',
			action: 'Cancel all scheduled voice calls',
			description: 'Cancel every scheduled call that has not been made yet',
			routing: operationRouting({
				method: 'PUT',
				url: '/voice/cancel-all',
				body: {},
				output: [acknowledged({ cancelled: true })],
			}),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many voice calls',
			description: 'List made and scheduled calls from the voice history',
			routing: historyRouting('/voice/history', SIMPLE_VOICE_HISTORY_FIELDS),
		},
		{
			name: 'Get Many Receipts',
			value: 'getManyReceipts',
			action: 'Get many voice delivery receipts',
			description: 'List delivery receipts of calls, with the keys pressed',
			routing: listOperationRouting({
				method: 'GET',
				url: '/voice/receipts',
				output: [simplifyOutput(SIMPLE_VOICE_RECEIPT_FIELDS)],
			}),
		},
		{
			name: 'Get Receipt',
			value: 'getReceipt',
			action: 'Get a voice delivery receipt',
			description: 'Get the delivery receipt of one call, with the keys pressed',
			routing: operationRouting({
				method: 'GET',
				url: '=/voice/receipts/{{ encodeURIComponent($parameter.messageId.trim()) }}',
				output: [unwrapData, simplifyOutput(SIMPLE_VOICE_RECEIPT_FIELDS)],
			}),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send a voice call',
			description: 'Make one text-to-speech call per input item, up to 1000 per request to ClickSend',
		},
	],
	default: 'send',
};

export const voiceResource: ResourceModule = {
	name: 'Voice',
	value: 'voice',
	description: 'Make text-to-speech calls, check prices, cancel scheduled calls, read history and receipts',
	properties: [
		voiceOperation,
		...voiceMessageFields,
		...calculateVoicePriceFields,
		...cancelVoiceFields,
		...cancelAllVoiceFields,
		...getManyVoiceFields,
		simplifyField('voice', ['getMany'], SIMPLE_VOICE_HISTORY_FIELDS),
		simplifyField('voice', ['getManyReceipts', 'getReceipt'], SIMPLE_VOICE_RECEIPT_FIELDS),
		...getManyVoiceReceiptsFields,
		...getVoiceReceiptFields,
	],
	customOperations: { send: sendVoice, calculatePrice: calculateVoicePrice },
};
