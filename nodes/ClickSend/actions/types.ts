import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

/** One entry of a resource's Operation dropdown. */
export interface OperationOption {
	/** Shown in the dropdown, e.g. "Get Many". */
	name: string;
	/** The saved value, e.g. "getAll". Frozen once published: saved workflows refer to it. */
	value: string;
	/** The node panel's action and the canvas subtitle, e.g. "Get many contacts". */
	action: string;
	description: string;
	/**
	 * What an AI agent reads about this operation when the node is its tool: what it does, what it
	 * needs, what it returns.
	 */
	toolDescription: string;
}

/** Runs an operation for one input item; returns the item's output (one object, or rows). */
export type PerItemExecute = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<IDataObject | IDataObject[]>;

/** Runs an operation over all input items at once (batched sends); returns the node's outputs. */
export type AllItemsExecute = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

/**
 * What an `<op>.operation.ts` file exports: its dropdown entry, its fields (without resource or
 * operation display options: the resource adds them) and one of the two executes.
 */
export interface OperationModule {
	option: OperationOption;
	properties: INodeProperties[];
	execute?: PerItemExecute;
	executeAll?: AllItemsExecute;
}

/** What a resource's `index.ts` exports: its Resource dropdown entry and its operations. */
export interface ResourceModule {
	name: string;
	value: string;
	description: string;
	/** The operation selected when the resource is picked. */
	defaultOperation: string;
	operations: OperationModule[];
}
