import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/email/.
export const email: ResourceModule = {
	name: 'Email',
	value: 'email',
	description: 'Send transactional emails, check their price, read the email history',
	defaultOperation: 'send',
	operations: [],
};
