import type { INodeProperties } from 'n8n-workflow';

import { operationRouting, unwrapData } from '../../shared/declarative';
import { simplifyOutput } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { getAccountFields, SIMPLE_ACCOUNT_FIELDS } from './get';

const accountOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['account'] } },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get the account',
			description: 'Get the details and balance of the ClickSend account the credential belongs to',
			routing: operationRouting({
				method: 'GET',
				url: '/account',
				output: [unwrapData, simplifyOutput(SIMPLE_ACCOUNT_FIELDS)],
			}),
		},
	],
	default: 'get',
};

export const accountResource: ResourceModule = {
	name: 'Account',
	value: 'account',
	description: 'Your ClickSend account: balance, currency, settings',
	properties: [accountOperation, ...getAccountFields],
};
