import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as regenerateApiKey from './regenerateApiKey.operation';
import * as update from './update.operation';

export const subaccount: ResourceModule = {
	name: 'Sub-Account',
	value: 'subaccount',
	description: 'Sub-accounts of your ClickSend account: create, manage, regenerate API keys',
	defaultOperation: getAll.option.value,
	operations: [create, del, get, getAll, regenerateApiKey, update],
};
