import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting, unwrapData } from '../../shared/declarative';
import { simplifyField, simplifyOutput, unixTimeParameter, withPreSend } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { calculateFaxPrice, calculateFaxPriceFields } from './calculatePrice';
import { getManyFaxFields, SIMPLE_FAX_FIELDS } from './getMany';
import { getManyFaxReceiptsFields } from './getManyReceipts';
import { getFaxReceiptFields } from './getReceipt';
import { faxSendFields, sendFax } from './send';

const faxOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['fax'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of faxes',
			description: 'Get what sending the faxes would cost, without sending them',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many sent faxes',
			description: 'List sent and scheduled faxes from the fax history',
			routing: withPreSend(
				listOperationRouting({ method: 'GET', url: '/fax/history', output: [simplifyOutput(SIMPLE_FAX_FIELDS)] }),
				unixTimeParameter('filters.dateFrom', 'Sent After', 'qs', 'date_from'),
				unixTimeParameter('filters.dateTo', 'Sent Before', 'qs', 'date_to'),
			),
		},
		{
			name: 'Get Many Receipts',
			value: 'getManyReceipts',
			action: 'Get many fax delivery receipts',
			description: 'List delivery receipts of sent faxes',
			routing: listOperationRouting({ method: 'GET', url: '/fax/receipts' }),
		},
		{
			name: 'Get Receipt',
			value: 'getReceipt',
			action: 'Get a fax delivery receipt',
			description: 'Get the delivery receipt of one sent fax',
			routing: operationRouting({
				method: 'GET',
				url: '=/fax/receipts/{{ encodeURIComponent($parameter.messageId.trim()) }}',
				output: [unwrapData],
			}),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send a fax',
			description: 'Fax a PDF to one number per input item; items with the same PDF share one upload and one request',
		},
	],
	default: 'send',
};

export const faxResource: ResourceModule = {
	name: 'Fax',
	value: 'fax',
	description: 'Send faxes from a PDF, check prices, read the fax history and delivery receipts',
	properties: [
		faxOperation,
		...faxSendFields,
		...calculateFaxPriceFields,
		...getManyFaxFields,
		simplifyField('fax', ['getMany'], SIMPLE_FAX_FIELDS),
		...getManyFaxReceiptsFields,
		...getFaxReceiptFields,
	],
	customOperations: { send: sendFax, calculatePrice: calculateFaxPrice },
};
