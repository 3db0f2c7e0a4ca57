import { accountResource } from './account';
import { emailResource } from './email';
import { emailAddressResource } from './emailAddress';
import { faxResource } from './fax';
import { emailCampaignResource } from './emailCampaign';
import { numberResource } from './number';
import { smsResource } from './sms';
import { smsCampaignResource } from './smsCampaign';
import { smsTemplateResource } from './smsTemplate';
import { contactResource } from './contact';
import { contactListResource } from './contactList';
import type { ResourceModule } from './types';

/**
 * Every resource of the ClickSend node, in the order of the Resource dropdown. To add one,
 * create resources/<resource>/index.ts exporting a ResourceModule and list it here.
 */
export const resources: ResourceModule[] = [
	smsResource,
	smsTemplateResource,
	smsCampaignResource,
	contactResource,
	contactListResource,
	emailResource,
	emailCampaignResource,
	emailAddressResource,
	faxResource,
	numberResource,
	accountResource,
];
