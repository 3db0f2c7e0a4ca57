import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { ruleIdOf, RULE_TYPES } from '../../transport/automationRules';
import { pagedSearch } from './pagedSearch';

/** The rule path of the Rule Type chosen in the node, as the editor has it now (Inbound SMS if none). */
function rulesOfChosenType(this: ILoadOptionsFunctions): string {
	const type = String(
		this.getCurrentNodeParameter('ruleType') ?? this.getNodeParameter('ruleType', 'inboundSms'),
	);
	return (RULE_TYPES.find((ruleType) => ruleType.value === type) ?? RULE_TYPES[0]).rulePath;
}

/** ruleIdOf tries every id field ClickSend uses, so any rule type finds the id of any rule. */
const anyRuleType = RULE_TYPES[0];

/** Automation rules of the chosen Rule Type (GET /automations/…), filtered by the typed text. */
export const searchAutomationRules = pagedSearch({
	path: rulesOfChosenType,
	label: (row) =>
		`${String(row.rule_name ?? 'Rule')} (${ruleIdOf(anyRuleType, row) ?? '?'}, ${String(row.action ?? '')})`,
	value: (row) => ruleIdOf(anyRuleType, row) ?? '',
});
