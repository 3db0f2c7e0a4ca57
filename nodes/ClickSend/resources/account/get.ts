import type { INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../shared/routing';

/** What Simplify keeps of the account: who it is, its balance and its defaults. */
export const SIMPLE_ACCOUNT_FIELDS = [
	'user_id',
	'username',
	'user_email',
	'account_name',
	'balance',
	'_currency',
	'country',
	'default_country_sms',
	'timezone',
	'active',
];

/** Account → Get reads the account the credential belongs to; its only field is Simplify. */
export const getAccountFields: INodeProperties[] = [simplifyField('account', ['get'], SIMPLE_ACCOUNT_FIELDS)];
