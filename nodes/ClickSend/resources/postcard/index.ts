import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting } from '../../shared/declarative';
import { SIMPLE_POST_FIELDS } from '../letter/recipient';
import { simplifyField, simplifyOutput } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { calculatePostcardPrice, calculatePostcardPriceFields } from './calculatePrice';
import { getManyPostcardsFields } from './getMany';
import { postcardSendFields, sendPostcard } from './send';

const postcardOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['postcard'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of postcards',
			description: 'Get what posting the postcards would cost, without posting them',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many sent postcards',
			description: 'List sent and scheduled postcards from the postcard history',
			routing: listOperationRouting({ method: 'GET', url: '/post/postcards/history', output: [simplifyOutput(SIMPLE_POST_FIELDS)] }),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send a postcard',
			description: 'Print and post a postcard (PDF) to one address per input item',
		},
	],
	default: 'send',
};

export const postcardResource: ResourceModule = {
	name: 'Postcard',
	value: 'postcard',
	description: 'Print and post postcards from a PDF, check prices, read the postcard history',
	properties: [postcardOperation, ...postcardSendFields, ...calculatePostcardPriceFields, ...getManyPostcardsFields, simplifyField('postcard', ['getMany'], SIMPLE_POST_FIELDS)],
	customOperations: { send: sendPostcard, calculatePrice: calculatePostcardPrice },
};
