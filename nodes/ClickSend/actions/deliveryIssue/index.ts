import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const deliveryIssue: ResourceModule = {
	name: 'Delivery Issue',
	value: 'deliveryIssue',
	description: 'Report messages that were not delivered as expected to ClickSend support',
	defaultOperation: create.option.value,
	operations: [create, getAll],
};
