import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const emailTemplate: ResourceModule = {
	name: 'Email Template',
	value: 'emailTemplate',
	description: "Saved email designs for email campaigns, started from ClickSend's master templates",
	defaultOperation: getAll.option.value,
	operations: [create, deleteOperation, get, getAll, update],
};
