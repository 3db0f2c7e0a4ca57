import { accountResource } from './account';
import { emailResource } from './email';
import type { ResourceModule } from './types';

/**
 * Every resource of the ClickSend node, in the order of the Resource dropdown. To add one,
 * create resources/<resource>/index.ts exporting a ResourceModule and list it here.
 */
export const resources: ResourceModule[] = [accountResource, emailResource];
