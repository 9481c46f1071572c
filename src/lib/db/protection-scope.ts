import { PROTECTED_INPUTS } from './protected-deps';
import { isProtectionRows } from './raw-tables';

/**
 * The kommuner whose protected facts a batch changes: null = all (a whole extract or `measures`
 * replaced), [] = none (no input of the protection in the batch). Rows `added` to a raw extract
 * (or to the served protected facts) change only their own kommuner's cells (protect.ts: a cell never spans two kommuner).
 */
export function protectionScope(batch: readonly { name: string; added?: readonly string[] }[]): string[] | null {
	const kommuner = new Set<string>();
	for (const t of batch) {
		if (!PROTECTED_INPUTS.includes(t.name)) continue;
		if (!isProtectionRows(t.name) || !t.added) return null;
		for (const k of t.added) kommuner.add(k);
	}
	return [...kommuner];
}
