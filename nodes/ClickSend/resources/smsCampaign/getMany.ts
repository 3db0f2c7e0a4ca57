import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** SMS Campaign → Get Many (GET /sms-campaigns). */
export const getManySmsCampaignsFields: INodeProperties[] = [...listFields('smsCampaign', 'getMany')];
