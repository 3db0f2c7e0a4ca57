import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting } from '../../shared/declarative';
import { withPreSend } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { buyNumberFields, buyNumberRequest } from './buy';
import { getManyNumbersFields, numbersQuery } from './getMany';
import { searchAvailableNumbersFields, searchAvailablePath } from './searchAvailable';

const numberOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['number'] } },
	options: [
		{
			name: 'Buy',
			value: 'buy',
			action: 'Buy a dedicated number',
			description: 'Buy a dedicated number. Costs money: your account is charged the setup fee and monthly rental.',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/numbers/buy' }), buyNumberRequest),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many dedicated numbers',
			description: 'List the dedicated numbers your account has',
			routing: withPreSend(listOperationRouting({ method: 'GET', url: '/numbers' }), numbersQuery),
		},
		{
			name: 'Search Available',
			value: 'searchAvailable',
			action: 'Search available dedicated numbers',
			description: 'Find numbers you could buy in a country, with their prices. Free.',
			routing: withPreSend(listOperationRouting({ method: 'GET', url: '/numbers/search' }), searchAvailablePath),
		},
	],
	default: 'getMany',
};

export const numberResource: ResourceModule = {
	name: 'Number',
	value: 'number',
	description: 'Dedicated numbers: list yours, search available ones, buy one',
	properties: [numberOperation, ...buyNumberFields, ...getManyNumbersFields, ...searchAvailableNumbersFields],
};
