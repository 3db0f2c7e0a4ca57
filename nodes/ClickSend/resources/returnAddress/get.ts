import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/routing';
import { returnAddressField } from './shared';

/** Return Address → Get: GET /post/return-addresses/{return_address_id}. */
export const getReturnAddressFields: INodeProperties[] = [
	returnAddressField(showFor('returnAddress', ['get']), 'The return address to get'),
];
