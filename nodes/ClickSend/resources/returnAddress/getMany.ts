import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** Return Address → Get Many: GET /post/return-addresses, one item per address. */
export const getManyReturnAddressesFields: INodeProperties[] = [...listFields('returnAddress', 'getMany')];
