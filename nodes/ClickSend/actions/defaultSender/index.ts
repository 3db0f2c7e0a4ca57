import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCompliantSenderTypes from './getCompliantSenderTypes.operation';
import * as update from './update.operation';

export const defaultSender: ResourceModule = {
	name: 'Default Sender',
	value: 'defaultSender',
	description: 'The sender ClickSend uses for SMS to a country when no From is given',
	defaultOperation: getAll.option.value,
	operations: [create, del, get, getAll, getCompliantSenderTypes, update],
};
