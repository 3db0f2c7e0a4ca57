import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IWebhookDescription,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { itemWithIsoDates } from '../../transport/isoDates';

/**
 * How a Send and Wait pauses and resumes inside n8n (docs/development.md, "Waiting executions"):
 *
 * - the node's own webhook with `restartWebhook: true` is served at
 *   `/webhook-waiting/<executionId>/<nodeId>`; n8n signs the URL (`getSignedResumeUrl`, an HMAC of
 *   its path and query) and checks the signature before webhook() runs for a node whose operation
 *   is `sendAndWait` (n8n 2.x always; n8n 1.x once `setSignatureValidationRequired` was called);
 * - webhook() returning no workflowData leaves the execution waiting; returning items resumes it,
 *   and those items become the node's output;
 * - when the time limit passes, n8n resumes the execution WITHOUT running the node again: it
 *   passes on the items of the node's saved execution stack entry, which execute() set to the
 *   timed-out output (`setTimedOutOutput`).
 */

/** The node's resume webhooks (as n8n's own send-and-wait nodes declare them). */
export const waitWebhooks: IWebhookDescription[] = ['GET', 'POST'].map((httpMethod) => ({
	name: 'default',
	httpMethod: httpMethod as IWebhookDescription['httpMethod'],
	responseMode: 'onReceived',
	// n8n answers a delivery that resumes the execution with webhook()'s webhookResponse.
	responseData: '',
	path: '={{ $nodeId }}',
	restartWebhook: true,
	isFullPath: true,
}));

/** The query of a resume URL: what webhook() needs to know, all covered by n8n's signature. */
export interface ResumeParams {
	/** The wait's token (also in the SMS's custom_string). */
	wait: string;
	/** The recipient: replies must come from this number. */
	to: string;
	/** The sender of the SMS, for asking again; '' = the account's default. */
	from: string;
	/** The wait's ClickSend rule; absent in the address the rule is first created with. */
	rule?: string;
}

export const SIGNATURE_PARAM = 'signature';

function queryOf(params: ResumeParams): Record<string, string> {
	const query: Record<string, string> = { wait: params.wait, to: params.to };
	if (params.from) query.from = params.from;
	if (params.rule) query.rule = params.rule;
	return query;
}

type SignedUrlContext = Pick<IExecuteFunctions | IWebhookFunctions, 'getSignedResumeUrl'>;

export function signedResumeUrl(context: SignedUrlContext, params: ResumeParams): string {
	return context.getSignedResumeUrl(queryOf(params));
}

/**
 * What n8n must offer for a Send and Wait; anything missing is named with the n8n version that has
 * it, before any request. (Both supported lines, n8n 1.123 and 2.x, have all of it.)
 */
export function assertWaitingSupported(context: IExecuteFunctions): void {
	const node = context.getNode();
	const missing = (what: string) =>
		new NodeOperationError(node, `This n8n cannot run Send and Wait for Response: ${what}`, {
			description:
				'Send and Wait for Response needs n8n 1.123 or newer (1.x), or n8n 2.0 or newer. Use SMS → Send with a ClickSend Trigger for the answer on older versions.',
		});
	if (typeof context.putExecutionToWait !== 'function')
		throw missing('it cannot put an execution to wait');
	if (typeof context.getSignedResumeUrl !== 'function')
		throw missing('it cannot sign resume URLs (getSignedResumeUrl)');
	if (typeof context.getExecuteData !== 'function')
		throw missing('it does not expose the execution stack (getExecuteData)');
	if (node.type.endsWith('Tool') && !node.type.endsWith('HitlTool')) {
		throw new NodeOperationError(
			node,
			'Send and Wait for Response cannot run as an AI agent tool',
			{
				description:
					"An agent cannot pause for hours while it answers. Let the agent send with SMS → Send, or put this node in the workflow after the agent. To have a person approve an agent's tool calls by SMS, attach ClickSend from n8n's Human in the Loop tools (recent n8n 2.x) between the tool and the agent.",
			},
		);
	}
	try {
		context.getSignedResumeUrl();
	} catch (error) {
		throw new NodeOperationError(node, 'n8n gave this execution no resume URL', {
			description: `Send and Wait for Response can only run in a saved workflow's execution (${(error as Error).message}).`,
		});
	}
}

/** n8n 1.x checks the signature of a waiting send-and-wait node only when asked to (gone in 2.x). */
export function requireSignature(context: IExecuteFunctions): void {
	const context1x = context as IExecuteFunctions & { setSignatureValidationRequired?: () => void };
	if (typeof context1x.setSignatureValidationRequired === 'function')
		context1x.setSignatureValidationRequired();
}

/** The output n8n passes on when the wait time passes without an answer (see the module comment). */
export function setTimedOutOutput(context: IExecuteFunctions, item: INodeExecutionData): void {
	const executeData = context.getExecuteData();
	executeData.data = { ...executeData.data, main: [[itemWithIsoDates(item)]] };
}

/**
 * Whether the request carries n8n's signature of exactly these parameters (n8n checked it already;
 * checking again here keeps a forged or stale URL from resuming the wait on any n8n version).
 */
export function hasValidSignature(context: IWebhookFunctions, query: IDataObject): boolean {
	const given = query[SIGNATURE_PARAM];
	if (typeof given !== 'string' || typeof query.wait !== 'string' || typeof query.to !== 'string')
		return false;
	let expected: string | null;
	try {
		expected = new URL(
			signedResumeUrl(context, {
				wait: query.wait,
				to: query.to,
				from: typeof query.from === 'string' ? query.from : '',
				rule: typeof query.rule === 'string' ? query.rule : undefined,
			}),
		).searchParams.get(SIGNATURE_PARAM);
	} catch {
		return false;
	}
	if (!expected || expected.length !== given.length) return false;
	let difference = 0;
	for (let index = 0; index < expected.length; index++)
		difference |= expected.charCodeAt(index) ^ given.charCodeAt(index);
	return difference === 0;
}
