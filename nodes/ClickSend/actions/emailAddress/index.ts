import type { ResourceModule } from '../types';

// TODO(restructure): this resource's operations are being moved here from resources/emailAddress/.
export const emailAddress: ResourceModule = {
	name: 'Email Address',
	value: 'emailAddress',
	description: 'The addresses you may send email from: add, verify, list, delete',
	defaultOperation: 'getAll',
	operations: [],
};
