import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** Postcard → Get Many: the postcard history (GET /post/postcards/history), one item per postcard. */
export const getManyPostcardsFields: INodeProperties[] = [...listFields('postcard', 'getMany')];
