import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/postcard/.
export const postcard: ResourceModule = {
	name: 'Postcard',
	value: 'postcard',
	description: 'Print and post postcards from a PDF, check prices, read the postcard history',
	defaultOperation: 'send',
	operations: [],
};
