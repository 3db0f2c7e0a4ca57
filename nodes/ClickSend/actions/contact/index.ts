import type { ResourceModule } from '../types';
import * as copyToList from './copyToList.operation';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as transferToList from './transferToList.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const contact: ResourceModule = {
	name: 'Contact',
	value: 'contact',
	description: 'Contacts in your ClickSend contact lists',
	// Create, as before the restructure: n8n saves no parameter left at its default, so saved
	// workflows that create contacts carry no `operation`; another default would change what they do.
	defaultOperation: create.option.value,
	operations: [copyToList, create, upsert, deleteContact, get, getAll, transferToList, update],
};
