'use strict';
/**
 * Workflow and credential JSON for the end-to-end suites (imported with n8n's CLI). The package is
 * installed as a community package, so node types are `n8n-nodes-clicksend-suite.<name>`.
 */
const { nodeType } = require('../../scripts/lib/pack');

const CREDENTIAL_TYPE = 'clickSendRestApi';
/** The sandbox's API user (any other key gets ClickSend's 401) and a wrong key. */
const GOOD = { username: 'e2e-user', apiKey: 'E2E-KEY-0000-1111' };
const BAD = { username: 'e2e-user', apiKey: 'WRONG-KEY' };

/** Fixed ids (n8n ids are 16 alphanumerics), so the suite can address what it imported. */
const IDS = {
	goodCredential: 'e2eClickSendGood',
	badCredential: 'e2eClickSendBad1',
	account: 'e2eAccountGet001',
	smsSend: 'e2eSmsSendMany01',
	contactUpsert: 'e2eContactUpsert',
	trigger: 'e2eInboundReply1',
	fax: 'e2eFaxFromBinary',
	contactsReturnAll: 'e2eContactsAll01',
	polling: 'e2ePollingInbox1',
};
const TRIGGER_WEBHOOK_ID = '6f2d0c55-8a41-4f7e-9c1e-2b5f0e2e0e01';

function credentials(baseUrl, good, bad) {
	return [
		{
			id: IDS.goodCredential,
			name: 'ClickSend sandbox (e2e)',
			type: CREDENTIAL_TYPE,
			data: { ...good, baseUrl },
		},
		{
			id: IDS.badCredential,
			name: 'ClickSend wrong key (e2e)',
			type: CREDENTIAL_TYPE,
			data: { ...bad, baseUrl },
		},
	];
}

const credentialRef = {
	[CREDENTIAL_TYPE]: { id: IDS.goodCredential, name: 'ClickSend sandbox (e2e)' },
};

let nodeCounter = 0;
function node(name, type, parameters, extra = {}) {
	nodeCounter += 1;
	return {
		id: `00000000-0000-4000-8000-${String(nodeCounter).padStart(12, '0')}`,
		name,
		type,
		typeVersion: 1,
		position: [nodeCounter * 220, 300],
		parameters,
		...extra,
	};
}

const manual = () => node('Manual Trigger', 'n8n-nodes-base.manualTrigger', {});

/** A chain: each node's main output goes to the next one. */
function chain(id, name, nodes) {
	const connections = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name,
		active: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Recipients the SMS scenario sends to (Edit Fields makes one object, Split Out one item each). */
const RECIPIENTS = [
	{ to: '+61411111111', text: 'Hello Ann, your order #1 is ready' },
	{ to: '+61422222222', text: 'Hello Bob, your order #2 is ready' },
	{ to: '+61433333333', text: 'Hello Cy, your order #3 is ready' },
];

/** A one-page PDF, made by a previous node (Convert to File, from base64) for the fax scenario. */
const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
		'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function workflows({ listId, returnAllListId }) {
	return [
		chain(IDS.account, 'E2E: Account → Get', [
			manual(),
			node(
				'ClickSend',
				nodeType('clickSend'),
				{ resource: 'account', operation: 'get' },
				{ credentials: credentialRef },
			),
		]),
		chain(IDS.smsSend, 'E2E: SMS → Send (several items)', [
			manual(),
			node(
				'Recipients',
				'n8n-nodes-base.set',
				{ mode: 'raw', jsonOutput: JSON.stringify({ recipients: RECIPIENTS }), options: {} },
				{ typeVersion: 3.4 },
			),
			node('One Item Per Recipient', 'n8n-nodes-base.splitOut', {
				fieldToSplitOut: 'recipients',
				options: {},
			}),
			node(
				'Send SMS',
				nodeType('clickSend'),
				{
					resource: 'sms',
					operation: 'send',
					sendTo: 'phoneNumber',
					to: '={{ $json.to }}',
					message: '={{ $json.text }}',
					options: { customString: 'e2e' },
				},
				{ credentials: credentialRef },
			),
		]),
		chain(IDS.contactUpsert, 'E2E: Contact → Create Or Update', [
			manual(),
			node(
				'Upsert Contact',
				nodeType('clickSend'),
				{
					resource: 'contact',
					operation: 'upsert',
					listId: { __rl: true, mode: 'id', value: String(listId) },
					matchBy: 'phone_number',
					contactFields: { phone_number: '+61411111111', first_name: 'Ann', last_name: 'Example' },
				},
				{ credentials: credentialRef },
			),
		]),
		chain(IDS.trigger, 'E2E: Inbound SMS → auto-reply', [
			node(
				'ClickSend Trigger',
				nodeType('clickSendTrigger'),
				{ event: 'inboundSms', dedicatedNumber: '*', messageSearchType: 0 },
				{ credentials: credentialRef, webhookId: TRIGGER_WEBHOOK_ID },
			),
			node(
				'Reply',
				nodeType('clickSend'),
				{
					resource: 'sms',
					operation: 'send',
					sendTo: 'phoneNumber',
					to: '={{ $json.from }}',
					message: '=Thanks, we got "{{ $json.body }}"',
					options: {},
				},
				{ credentials: credentialRef },
			),
		]),
		chain(IDS.fax, 'E2E: Fax → Send a PDF made by a previous node', [
			manual(),
			node(
				'Document',
				'n8n-nodes-base.set',
				{
					mode: 'raw',
					jsonOutput: JSON.stringify({ to: '+61261111111', pdf: PDF.toString('base64') }),
					options: {},
				},
				{ typeVersion: 3.4 },
			),
			node(
				'To PDF File',
				'n8n-nodes-base.convertToFile',
				{
					operation: 'toBinary',
					sourceProperty: 'pdf',
					binaryPropertyName: 'data',
					options: { fileName: 'invoice.pdf', mimeType: 'application/pdf' },
				},
				{ typeVersion: 1.1 },
			),
			node(
				'Send Fax',
				nodeType('clickSend'),
				{
					resource: 'fax',
					operation: 'send',
					to: "={{ $('Document').item.json.to }}",
					documentSource: 'binary',
					binaryPropertyName: 'data',
					options: { customString: 'e2e-fax' },
				},
				{ credentials: credentialRef },
			),
		]),
		chain(IDS.contactsReturnAll, 'E2E: Contact → Get Many, Return All', [
			manual(),
			node(
				'Get Contacts',
				nodeType('clickSend'),
				{
					resource: 'contact',
					operation: 'getAll',
					listId: { __rl: true, mode: 'id', value: String(returnAllListId) },
					returnAll: true,
				},
				{ credentials: credentialRef },
			),
		]),
		pollingWorkflow(IDS.polling, 'E2E: Inbound SMS (polling)'),
	];
}

/** A polling trigger on inbound SMS, every minute (n8n's shortest interval). */
function pollingWorkflow(id, name) {
	return chain(id, name, [
		node(
			'ClickSend Polling Trigger',
			nodeType('clickSendPollingTrigger'),
			{
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				event: 'inboundSms',
				dedicatedNumber: '*',
				messageSearchType: 0,
				options: {},
			},
			{ credentials: credentialRef },
		),
	]);
}

module.exports = {
	GOOD,
	BAD,
	IDS,
	TRIGGER_WEBHOOK_ID,
	RECIPIENTS,
	PDF,
	credentialRef,
	credentials,
	workflows,
	pollingWorkflow,
};
