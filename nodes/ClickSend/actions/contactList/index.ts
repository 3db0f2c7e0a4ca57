import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/contactList/.
export const contactList: ResourceModule = {
	name: 'Contact List',
	value: 'contactList',
	description: 'Your ClickSend contact lists: create, clean up, import CSV files',
	defaultOperation: 'getAll',
	operations: [],
};
