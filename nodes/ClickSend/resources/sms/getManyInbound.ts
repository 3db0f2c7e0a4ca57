import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/**
 * SMS → Get Many Inbound: unread replies and inbound SMS (GET /sms/inbound). ClickSend lists them
 * here only when an inbound rule with the action POLL exists.
 */
export const getManyInboundSmsFields: INodeProperties[] = [...listFields('sms', 'getManyInbound')];
