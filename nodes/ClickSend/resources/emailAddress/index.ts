import type { INodeProperties } from 'n8n-workflow';

import { deletedResult, listOperationRouting, operationRouting } from '../../shared/declarative';
import { acknowledged, withPreSend } from '../../shared/routing';
import type { ResourceModule } from '../types';
import { createEmailAddressFields, emailAddressBody } from './create';
import { deleteEmailAddressFields } from './delete';
import { getEmailAddressFields } from './get';
import { getManyEmailAddressesFields } from './getMany';
import { sendEmailAddressVerificationFields } from './sendVerification';
import { emailAddressInPath } from './shared';
import { verificationPath, verifyEmailAddressFields } from './verify';

const ADDRESS_PATH = '/email/addresses/{id}';
const SEND_VERIFICATION_PATH = '/email/address-verify/{id}/send';

const emailAddressOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['emailAddress'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Add an email address',
			description: 'Add an address to send email from; ClickSend emails it a verification link',
			routing: withPreSend(operationRouting({ method: 'POST', url: '/email/addresses' }), emailAddressBody),
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an email address',
			description: 'Remove an address from the ones you may send from',
			routing: withPreSend(
				operationRouting({ method: 'DELETE', url: ADDRESS_PATH, output: [deletedResult('emailAddressId')] }),
				emailAddressInPath(ADDRESS_PATH),
			),
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an email address',
			description: 'Get one address and whether it is verified',
			routing: withPreSend(operationRouting({ method: 'GET', url: ADDRESS_PATH }), emailAddressInPath(ADDRESS_PATH)),
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many email addresses',
			description: 'List the addresses you may send email from',
			routing: withPreSend(listOperationRouting({ method: 'GET', url: '/email/addresses' })),
		},
		{
			name: 'Send Verification',
			value: 'sendVerification',
			action: 'Send the verification email again',
			description: 'Email the verification link to an address that is not verified yet',
			routing: withPreSend(
				operationRouting({
					method: 'PUT',
					url: SEND_VERIFICATION_PATH,
					output: [acknowledged({ verification_sent: true }, { parameter: 'emailAddressId', key: 'email_address_id', numeric: true })],
				}),
				emailAddressInPath(SEND_VERIFICATION_PATH),
			),
		},
		{
			name: 'Verify',
			value: 'verify',
			action: 'Verify an email address',
			description: 'Verify an address with the token from its verification email',
			routing: withPreSend(operationRouting({ method: 'PUT', url: '/email/address-verify' }), verificationPath),
		},
	],
	default: 'getMany',
};

export const emailAddressResource: ResourceModule = {
	name: 'Email Address',
	value: 'emailAddress',
	description: 'The addresses you may send email from: add, verify, list, delete',
	properties: [
		emailAddressOperation,
		...createEmailAddressFields,
		...deleteEmailAddressFields,
		...getEmailAddressFields,
		...getManyEmailAddressesFields,
		...sendEmailAddressVerificationFields,
		...verifyEmailAddressFields,
	],
};
