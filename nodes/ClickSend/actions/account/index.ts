import type { ResourceModule } from '../types';
import * as get from './get.operation';

export const account: ResourceModule = {
	name: 'Account',
	value: 'account',
	description: 'Your ClickSend account: balance, currency, settings',
	defaultOperation: 'get',
	operations: [get],
};
