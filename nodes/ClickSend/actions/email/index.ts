import type { ResourceModule } from '../types';
import * as calculatePrice from './calculatePrice.operation';
import * as getAll from './getAll.operation';
import * as send from './send.operation';

export const email: ResourceModule = {
	name: 'Email',
	value: 'email',
	description: 'Send transactional emails, check their price, read the email history',
	defaultOperation: 'send',
	operations: [calculatePrice, getAll, send],
};
