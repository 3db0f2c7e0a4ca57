import { accountResource } from './account';
import { smsResource } from './sms';
import { smsCampaignResource } from './smsCampaign';
import { smsTemplateResource } from './smsTemplate';
import { emailResource } from './email';
import { emailCampaignResource } from './emailCampaign';
import { emailAddressResource } from './emailAddress';
import { contactResource } from './contact';
import { contactListResource } from './contactList';
import { numberResource } from './number';
import type { ResourceModule } from './types';

/**
 * Every resource of the ClickSend node, in the order of the Resource dropdown. To add one,
 * create resources/<resource>/index.ts exporting a ResourceModule and list it here.
 */
export const resources: ResourceModule[] = [smsResource, smsTemplateResource, smsCampaignResource, accountResource, emailResource, emailCampaignResource, emailAddressResource, contactResource, contactListResource, numberResource];
