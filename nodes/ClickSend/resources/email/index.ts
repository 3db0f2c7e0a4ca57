import type { INodeProperties } from 'n8n-workflow';

import { listOperationRouting, operationRouting } from '../../shared/declarative';
import { simplifyField, simplifyOutput, withPreSend } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { calculateEmailPriceFields } from './calculatePrice';
import { emailHistoryDates, getManyEmailsFields, SIMPLE_EMAIL_FIELDS } from './getMany';
import { buildEmailBody, emailMessageFields } from './send';

const emailOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['email'] } },
	options: [
		{
			name: 'Calculate Price',
			value: 'calculatePrice',
			action: 'Calculate the price of an email',
			description: 'Get what sending the email would cost, without sending it',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/email/price' }), buildEmailBody),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many sent emails',
			description: 'List sent and scheduled transactional emails from the history',
			routing: withPreSend(listOperationRouting({ method: 'GET', url: '/email/history', output: [simplifyOutput(SIMPLE_EMAIL_FIELDS)] }), emailHistoryDates),
		},
		{
			name: 'Send',
			value: 'send',
			action: 'Send an email',
			description: 'Send one email per input item from one of your verified addresses',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/email/send' }), buildEmailBody),
		},
	],
	default: 'send',
};

export const emailResource: ResourceModule = {
	name: 'Email',
	value: 'email',
	description: 'Send transactional emails, check their price, read the email history',
	properties: [emailOperation, ...emailMessageFields, ...calculateEmailPriceFields, ...getManyEmailsFields, simplifyField('email', ['getMany'], SIMPLE_EMAIL_FIELDS)],
};
