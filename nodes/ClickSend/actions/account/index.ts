import type { ResourceModule } from '../types';
import * as get from './get.operation';
import * as getUsage from './getUsage.operation';

export const account: ResourceModule = {
	name: 'Account',
	value: 'account',
	description: 'Your ClickSend account: balance, currency, settings, monthly usage per sub-account',
	defaultOperation: 'get',
	operations: [get, getUsage],
};
