import type { INodeProperties } from 'n8n-workflow';

/** Account → Get has no fields: it reads the account the credential belongs to. */
export const getAccountFields: INodeProperties[] = [];
