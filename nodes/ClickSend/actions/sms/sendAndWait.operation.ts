import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, randomString } from 'n8n-workflow';

import { asItemError, errorItem, type ItemError } from '../../execution/itemErrors';
import { messageTextField, senderField } from '../../fields/message';
import { uncertainItemError, type SendState } from '../../sending/messages';
import { describeValue, fail, textOf } from '../../validation/fail';
import { assertNotEmpty, assertPhoneNumber, assertSenderId } from '../../validation/input';
import { assertMessageLength, SMS_LIMITS } from '../../validation/length';
import { MAX_ASK_AGAIN, readWaitConfig } from '../../waiting/config';
import { waitCustomString } from '../../waiting/correlation';
import { readWaitLimit, waitLimitFields } from '../../waiting/limit';
import { failedSmsState, sendOneSms } from '../../waiting/send';
import { timedOutOutput, waitingOutput } from '../../waiting/output';
import {
	assertWaitingSupported,
	requireSignature,
	setTimedOutOutput,
	signedResumeUrl,
} from '../../waiting/resume';
import {
	createWaitRule,
	deleteWaitRule,
	sweepExpiredWaitRules,
	waitRuleName,
} from '../../waiting/rules';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Send and Wait for Response',
	// n8n's own value for this kind of operation: n8n then checks the resume URL's signature and
	// answers late deliveries to a finished wait itself (docs/development.md, "Waiting executions").
	value: 'sendAndWait',
	action: 'Send an SMS and wait for a response',
	description:
		'Send one SMS and pause the workflow until the recipient replies or ClickSend reports its delivery',
	toolDescription:
		"Not usable as an AI agent's tool: it pauses the whole workflow until a person answers an SMS. To send an SMS use SMS → Send. (To have a person approve the agent's tool calls by SMS, recent n8n 2.x versions offer ClickSend among their Human in the Loop tools.)",
};

export const properties: INodeProperties[] = [
	{
		displayName:
			'The workflow pauses until the answer arrives or the time limit passes. ClickSend must be able to reach this n8n at its public URL (WEBHOOK_URL).',
		name: 'waitNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +61411111111',
		description:
			'The one phone number to send to and wait for, in international format with the country code',
	},
	messageTextField(
		'e.g. Your appointment is tomorrow at 10:00. Reply YES to confirm or NO to cancel.',
		'The text of the SMS. Tell the recipient what to reply. At most 1224 plain characters (536 with emoji or non-Latin characters).',
	),
	{
		...senderField(),
		description:
			"Who the SMS comes from: one of your dedicated numbers, or empty for ClickSend's shared numbers. To wait for a reply, do not use an alpha tag: nobody can answer it.",
	},
	{
		displayName: 'Response Type',
		name: 'responseType',
		type: 'options',
		noDataExpression: true,
		default: 'approval',
		options: [
			{
				name: 'Approval',
				value: 'approval',
				description: 'The recipient replies with an approve or a decline keyword (e.g. YES or NO)',
			},
			{
				name: 'Free Text',
				value: 'freeText',
				description: 'Any reply of the recipient',
			},
			{
				name: 'Delivery Receipt',
				value: 'delivery',
				description: 'No reply: ClickSend reports the SMS delivered or failed',
			},
		],
		description: 'What the workflow waits for',
	},
	{
		displayName: 'Approve Keywords',
		name: 'approveKeywords',
		type: 'string',
		noDataExpression: true,
		default: 'YES',
		placeholder: 'e.g. YES, Y, OK',
		description:
			'Replies that approve, separated by commas. Case, spaces and punctuation around them do not matter.',
		displayOptions: { show: { responseType: ['approval'] } },
	},
	{
		displayName: 'Decline Keywords',
		name: 'declineKeywords',
		type: 'string',
		noDataExpression: true,
		default: 'NO',
		placeholder: 'e.g. NO, N, STOP',
		description:
			'Replies that decline, separated by commas. Case, spaces and punctuation around them do not matter.',
		displayOptions: { show: { responseType: ['approval'] } },
	},
	{
		displayName: 'On Other Reply',
		name: 'otherReply',
		type: 'options',
		noDataExpression: true,
		default: 'askAgain',
		options: [
			{
				name: 'Ask Again',
				value: 'askAgain',
				description: `Send the Ask Again Message and keep waiting (at most ${MAX_ASK_AGAIN} times; then output it as other)`,
			},
			{
				name: 'Output as Other',
				value: 'output',
				description: 'Continue with decision "other" and the reply',
			},
		],
		description: 'What a reply that is neither an approve nor a decline keyword does',
		displayOptions: { show: { responseType: ['approval'] } },
	},
	{
		displayName: 'Ask Again Message',
		name: 'askAgainMessage',
		type: 'string',
		typeOptions: { rows: 2 },
		noDataExpression: true,
		default: '',
		placeholder: 'e.g. Sorry, please reply YES or NO.',
		description:
			'The SMS sent after an unclear reply. Empty: "Sorry, we did not understand your reply. Please reply YES or NO." with your first keywords.',
		displayOptions: { show: { responseType: ['approval'], otherReply: ['askAgain'] } },
	},
	...waitLimitFields,
];

/** One phone number in international format (the reply is matched by it); a list is refused. */
function readRecipient(node: INode, value: unknown): string {
	const many = Array.isArray(value)
		? describeValue(value)
		: typeof value === 'string' && /[,;\n]/.test(value.trim())
			? `"${value}"`
			: undefined;
	if (many) {
		fail(
			node,
			`To holds several numbers (${many}): Send and Wait for Response waits for one person`,
			'Map one number into To. To ask several people, split them into items (Split Out) and run this node once per item (Loop Over Items, or a sub-workflow per person to wait for all at once).',
			0,
		);
	}
	const to = assertPhoneNumber(node, value, 'To', 0);
	if (!to.startsWith('+')) {
		fail(
			node,
			`To "${textOf(node, value, 'To')}" is not in international format`,
			'Send and Wait for Response matches the answer by the number: write it with + and the country code, e.g. +61411111111.',
			0,
		);
	}
	return to;
}

/** Gives a ClickSend error the context of the wait (what was and was not done). */
function explain(
	caught: unknown,
	context: IExecuteFunctions,
	what: string,
	note: string,
): ItemError {
	const error = asItemError(context, caught, 0);
	error.message = `${what}: ${error.message}`;
	error.description = [note, error.description].filter(Boolean).join(' ');
	return error;
}

const CANCELLED = 'Nothing waits: the wait was cancelled.';

/**
 * Checks everything, creates the rule, sends the SMS, puts the execution to wait. `progress` says
 * what became of the SMS (`sendState` of a failed item): not sent until ClickSend answers the send.
 */
async function startWait(
	this: IExecuteFunctions,
	progress: { sendState: SendState },
): Promise<INodeExecutionData> {
	const node = this.getNode();
	const config = readWaitConfig(this);
	const to = readRecipient(node, this.getNodeParameter('to', 0, ''));
	const text = assertNotEmpty(
		node,
		this.getNodeParameter('message', 0, ''),
		'Message',
		'Type the text of the SMS, with what the recipient should reply.',
		0,
	);
	assertMessageLength(node, text, 'Message', SMS_LIMITS, 'SMS', 0);
	const from = assertSenderId(
		node,
		this.getNodeParameter('from', 0, '', { extractValue: true }),
		'From',
		0,
	);
	if (config.kind === 'reply' && from && !/^\+?\d+$/.test(from)) {
		fail(
			node,
			`From "${from}" is an alpha tag: nobody can reply to it`,
			'To wait for a reply, send from one of your dedicated numbers, or leave From empty (ClickSend then sends from a shared number that takes replies).',
			0,
		);
	}
	const until = readWaitLimit(node, {
		limitType: this.getNodeParameter('limitType', 0, 'afterTimeInterval'),
		resumeAmount: this.getNodeParameter('resumeAmount', 0, 1),
		resumeUnit: this.getNodeParameter('resumeUnit', 0, 'days'),
		maxDateAndTime: this.getNodeParameter('maxDateAndTime', 0, ''),
	});
	assertWaitingSupported(this);

	await sweepExpiredWaitRules.call(this);
	const token = randomString(16);
	const resume = { wait: token, to, from };
	let rule: { ruleId: string };
	try {
		rule = await createWaitRule.call(
			this,
			config.kind,
			waitRuleName(until, this.getExecutionId()),
			from,
			(ruleId) => signedResumeUrl(this, { ...resume, rule: ruleId }),
		);
	} catch (caught) {
		throw explain(
			caught,
			this,
			'Could not create the ClickSend automation rule that brings the answer back',
			'Nothing was sent and nothing waits.',
		);
	}

	const message: IDataObject = {
		to,
		body: text,
		custom_string: waitCustomString(token),
		source: 'n8n',
	};
	if (from) message.from = from;
	let sent: IDataObject;
	try {
		sent = await sendOneSms.call(this, message);
	} catch (caught) {
		progress.sendState = failedSmsState(caught);
		await deleteWaitRule.call(this, config.kind, rule.ruleId).catch(() => undefined);
		if (progress.sendState !== 'uncertain')
			throw explain(caught, this, 'The SMS was not sent', CANCELLED);
		// Worded as the batched sends word it: check the history before running again.
		const error = uncertainItemError(this, asItemError(this, caught, 0), 0, 'SMS history');
		error.description = `${CANCELLED} ${error.description}`;
		throw error;
	}
	progress.sendState = 'accepted';

	requireSignature(this);
	setTimedOutOutput(this, {
		json: timedOutOutput(config.responseType, to, sent, until),
		pairedItem: { item: 0 },
	});
	await this.putExecutionToWait(until);
	return { json: waitingOutput(to, sent, until), pairedItem: { item: 0 } };
}

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const count = this.getInputData().length;
	if (count > 1) {
		throw new NodeOperationError(
			this.getNode(),
			`Send and Wait for Response waits for one answer per execution; it received ${count} items`,
			{
				description:
					"Turn on the node's Settings → Execute Once to send for the first item only, or put Loop Over Items (batch size 1) before it to ask each in turn (or a sub-workflow per item to wait for all at once).",
			},
		);
	}
	const progress: { sendState: SendState } = { sendState: 'notSent' };
	try {
		return [[await startWait.call(this, progress)]];
	} catch (caught) {
		const error = asItemError(this, caught, 0);
		if (!this.continueOnFail()) throw error;
		return [[errorItem(this, error, 0, { sendState: progress.sendState })]];
	}
}
