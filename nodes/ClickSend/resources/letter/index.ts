import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting } from '../../shared/declarative';
import { SIMPLE_POST_FIELDS } from './recipient';
import { simplifyField, simplifyOutput } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { calculateLetterPrice, calculateLetterPriceFields } from './calculatePrice';
import { getManyLettersFields } from './getMany';
import { letterSendFields, sendLetter } from './send';

const letterOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['letter'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of letters',
			description: 'Get what posting the letters would cost, without posting them',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many sent letters',
			description: 'List sent and scheduled letters from the letter history',
			routing: listOperationRouting({ method: 'GET', url: '/post/letters/history', output: [simplifyOutput(SIMPLE_POST_FIELDS)] }),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send a letter',
			description: 'Print and post a PDF to one address per input item',
		},
	],
	default: 'send',
};

export const letterResource: ResourceModule = {
	name: 'Letter',
	value: 'letter',
	description: 'Print and post letters from a PDF, check prices, read the letter history',
	properties: [letterOperation, ...letterSendFields, ...calculateLetterPriceFields, ...getManyLettersFields, simplifyField('letter', ['getMany'], SIMPLE_POST_FIELDS)],
	customOperations: { send: sendLetter, calculatePrice: calculateLetterPrice },
};
