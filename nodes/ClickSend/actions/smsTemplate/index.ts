import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/smsTemplate/.
export const smsTemplate: ResourceModule = {
	name: 'SMS Template',
	value: 'smsTemplate',
	description: 'Saved SMS texts to reuse',
	defaultOperation: 'create',
	operations: [],
};
