import { DataDeduplicationService } from 'n8n-core';
import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';

/**
 * n8n's deduplication store (behind Remove Duplicates and `helpers.checkProcessedAndRecord`) as a
 * real n8n keeps it, in memory: 'entries' mode, one list of keys per node or workflow, the oldest
 * dropped beyond maxEntries. A real n8n provides a database-backed one; n8n-core needs one set.
 */
class InMemoryDeduplicator implements IDataDeduplicator {
	readonly stores = new Map<string, string[]>();

	private keyOf(scope: DeduplicationScope, contextData: ICheckProcessedContextData): string {
		return scope === 'node'
			? `${contextData.workflow.id}:${contextData.node?.id ?? ''}`
			: String(contextData.workflow.id);
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		const store = this.stores.get(this.keyOf(scope, contextData)) ?? [];
		const seen = new Set(store);
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			const value = String(item);
			if (seen.has(value)) {
				output.processed.push(item);
				continue;
			}
			output.new.push(item);
			seen.add(value);
			store.push(value);
		}
		if (options.maxEntries && store.length > options.maxEntries)
			store.splice(0, store.length - options.maxEntries);
		this.stores.set(this.keyOf(scope, contextData), store);
		return output;
	}

	async removeProcessed(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
	): Promise<void> {
		const remove = new Set(items.map(String));
		const key = this.keyOf(scope, contextData);
		this.stores.set(
			key,
			(this.stores.get(key) ?? []).filter((value) => !remove.has(value)),
		);
	}

	async clearAllProcessedItems(
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
	): Promise<void> {
		this.stores.delete(this.keyOf(scope, contextData));
	}

	async getProcessedDataCount(
		scope: DeduplicationScope,
		contextData: ICheckProcessedContextData,
	): Promise<number> {
		return this.stores.get(this.keyOf(scope, contextData))?.length ?? 0;
	}
}

export const deduplicationStore = new InMemoryDeduplicator();

let ready: Promise<void> | undefined;

/** Installs the in-memory store in n8n-core, once per test process. */
export function initDeduplication(): Promise<void> {
	ready ??= DataDeduplicationService.init(deduplicationStore);
	return ready;
}
