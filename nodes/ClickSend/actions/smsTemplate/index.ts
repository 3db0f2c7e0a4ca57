import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const smsTemplate: ResourceModule = {
	name: 'SMS Template',
	value: 'smsTemplate',
	description: 'Saved SMS texts to reuse',
	defaultOperation: 'create',
	operations: [create, del, get, getAll, update],
};
