import type {
	IExecuteFunctions,
	IGetNodeParameterOptions,
	INodeParameters,
	NodeParameterValueType,
} from 'n8n-workflow';

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

function rawValue(parameters: INodeParameters, path: string): unknown {
	let value: unknown = parameters;
	for (const key of path.split('.')) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

export type ParameterReader = <T = NodeParameterValueType>(
	name: string,
	itemIndex: number,
	fallback?: unknown,
	options?: IGetNodeParameterOptions,
) => T;

/**
 * Reads node parameters for many items: a parameter whose saved value holds no expression is the
 * same for every item, so it is evaluated once per run; only mapped ones (`={{ … }}`) are
 * evaluated per item. For batched sends, where n8n's per-item evaluation is most of the cost.
 */
export function parameterReader(context: IExecuteFunctions): ParameterReader {
	const parameters = context.getNode().parameters;
	const constants = new Map<string, unknown>();
	return <T>(
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: IGetNodeParameterOptions,
	): T => {
		if (holdsExpression(rawValue(parameters, name))) {
			return context.getNodeParameter(name, itemIndex, fallback as never, options) as T;
		}
		const key = `${name}|${options?.extractValue ? 'x' : ''}`;
		if (!constants.has(key))
			constants.set(key, context.getNodeParameter(name, itemIndex, fallback as never, options));
		return constants.get(key) as T;
	};
}
