import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/** A programmatic operation: receives all input items at once (n8n customOperations). */
export type CustomOperation = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

/** One entry of the Resource dropdown, with its operation selector, fields and custom operations. */
export interface ResourceModule {
	/** Shown in the Resource dropdown. */
	name: string;
	/** Parameter value; also the key in customOperations. */
	value: string;
	description: string;
	properties: INodeProperties[];
	customOperations?: Record<string, CustomOperation>;
}
