import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/mms/.
export const mms: ResourceModule = {
	name: 'MMS',
	value: 'mms',
	description: 'Send MMS with an image, check prices, read the MMS history',
	defaultOperation: 'send',
	operations: [],
};
