import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../shared/declarative';

/** Letter → Get Many: the letter history (GET /post/letters/history), one item per letter. */
export const getManyLettersFields: INodeProperties[] = [...listFields('letter', 'getMany')];
