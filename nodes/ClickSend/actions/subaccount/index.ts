import type { ResourceModule } from '../types';

// TODO(issue 11): new resource; its operations are being written.
export const subaccount: ResourceModule = {
	name: 'Sub-Account',
	value: 'subaccount',
	description: "Sub-accounts of your ClickSend account: create, manage, regenerate API keys",
	defaultOperation: 'getAll',
	operations: [],
};
