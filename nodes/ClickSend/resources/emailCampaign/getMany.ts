import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** Email Campaign → Get Many (GET /email-campaigns). */
export const getManyEmailCampaignsFields: INodeProperties[] = [...listFields('emailCampaign', 'getMany')];
