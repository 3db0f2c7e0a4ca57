import { accountResource } from './account';
import { emailResource } from './email';
import { emailAddressResource } from './emailAddress';
import { faxResource } from './fax';
import { letterResource } from './letter';
import { postcardResource } from './postcard';
import { returnAddressResource } from './returnAddress';
import { emailCampaignResource } from './emailCampaign';
import { numberResource } from './number';
import { smsResource } from './sms';
import { smsCampaignResource } from './smsCampaign';
import { mmsResource } from './mms';
import { voiceResource } from './voice';
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
	mmsResource,
	voiceResource,
	contactResource,
	contactListResource,
	emailResource,
	emailCampaignResource,
	emailAddressResource,
	faxResource,
	letterResource,
	postcardResource,
	returnAddressResource,
	numberResource,
	accountResource,
];
