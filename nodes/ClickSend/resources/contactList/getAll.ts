import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

export const getManyContactListsFields: INodeProperties[] = [...listFields('contactList', 'getAll')];
