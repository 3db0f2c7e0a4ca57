import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** Email Address → Get Many (GET /email/addresses): every allowed sender address, verified or not. */
export const getManyEmailAddressesFields: INodeProperties[] = [...listFields('emailAddress', 'getMany')];
