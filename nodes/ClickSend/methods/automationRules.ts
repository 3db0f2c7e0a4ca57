import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { getTriggerEvent, TRIGGER_EVENTS } from '../../ClickSendEvents/events';
import { ruleIdOf } from '../../ClickSendEvents/rules';
import { pagedSearch } from './pagedSearch';

/** The rule path of the Rule Type chosen in the node, as the editor has it now. */
function rulesOfChosenType(this: ILoadOptionsFunctions): string {
	const type = String(
		this.getCurrentNodeParameter('ruleType') ?? this.getNodeParameter('ruleType', 'inboundSms'),
	);
	return getTriggerEvent(TRIGGER_EVENTS.some((event) => event.value === type) ? type : 'inboundSms')
		.rulePath;
}

/** ruleIdOf tries every id field ClickSend uses, so any event finds the id of any rule. */
const anyEvent = TRIGGER_EVENTS[0];

/** Automation rules of the chosen Rule Type (GET /automations/…), filtered by the typed text. */
export const searchAutomationRules = pagedSearch({
	path: rulesOfChosenType,
	label: (row) =>
		`${String(row.rule_name ?? 'Rule')} (${ruleIdOf(anyEvent, row) ?? '?'}, ${String(row.action ?? '')})`,
	value: (row) => ruleIdOf(anyEvent, row) ?? '',
});
