import type { INodeProperties } from 'n8n-workflow';

/** Voice → Cancel All: cancels every scheduled call (PUT /voice/cancel-all); no fields. */
export const cancelAllVoiceFields: INodeProperties[] = [];
