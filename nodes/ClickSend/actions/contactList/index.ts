import type { ResourceModule } from '../types';
import * as create from './create.operation';
import * as deleteList from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as importContacts from './importContacts.operation';
import * as removeDuplicates from './removeDuplicates.operation';
import * as removeOptedOut from './removeOptedOut.operation';
import * as update from './update.operation';

export const contactList: ResourceModule = {
	name: 'Contact List',
	value: 'contactList',
	description: 'Your ClickSend contact lists: create, clean up, import CSV files',
	defaultOperation: getAll.option.value,
	operations: [
		create,
		deleteList,
		get,
		getAll,
		importContacts,
		removeDuplicates,
		removeOptedOut,
		update,
	],
};
