import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const returnAddress: ResourceModule = {
	name: 'Return Address',
	value: 'returnAddress',
	description: 'Manage the return addresses printed on letters and postcards',
	// Create stays the default it always was: n8n does not save a parameter left at its default,
	// so saved workflows that create return addresses have no `operation` to fall back on.
	defaultOperation: 'create',
	operations: [create, del, get, getAll, update],
};
