import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/fax/.
export const fax: ResourceModule = {
	name: 'Fax',
	value: 'fax',
	description: 'Send faxes from a PDF, check prices, read the fax history and delivery receipts',
	defaultOperation: 'send',
	operations: [],
};
