import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/contact/.
export const contact: ResourceModule = {
	name: 'Contact',
	value: 'contact',
	description: 'Contacts in your ClickSend contact lists',
	defaultOperation: 'upsert',
	operations: [],
};
