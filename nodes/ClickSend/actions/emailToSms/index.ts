import type { ResourceModule } from '../types';
import * as createAllowedAddress from './createAllowedAddress.operation';
import * as createStrippedString from './createStrippedString.operation';
import * as deleteStrippedString from './deleteStrippedString.operation';
import * as getAllAllowedAddresses from './getAllAllowedAddresses.operation';
import * as getAllStrippedStrings from './getAllStrippedStrings.operation';
import * as getStrippedString from './getStrippedString.operation';
import * as updateStrippedString from './updateStrippedString.operation';

export const emailToSms: ResourceModule = {
	name: 'Email to SMS',
	value: 'emailToSms',
	description:
		'Email to SMS: the addresses allowed to send SMS by email, and texts removed from such emails',
	defaultOperation: getAllAllowedAddresses.option.value,
	operations: [
		createAllowedAddress,
		createStrippedString,
		deleteStrippedString,
		getAllAllowedAddresses,
		getAllStrippedStrings,
		getStrippedString,
		updateStrippedString,
	],
};
