import type { ResourceModule } from '../types';

// TODO(issue 11): new resource; its operations are being written.
export const emailTemplate: ResourceModule = {
	name: 'Email Template',
	value: 'emailTemplate',
	description: "Saved email designs for email campaigns, started from ClickSend's master templates",
	defaultOperation: 'getAll',
	operations: [],
};
