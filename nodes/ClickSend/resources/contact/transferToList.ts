import { moveContactFields } from './copyToList';

/** Transfer To List: the contact moves (it leaves the From List). */
export const transferContactToListFields = moveContactFields('transferToList', 'move');
