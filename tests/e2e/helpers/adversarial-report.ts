import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Seen, SweepStats } from './sweep';

/** What one adversarial file did, as the report states it. */
export type FileResult = {
	id: string;
	file: string;
	why: string;
	expected: string;
	outcome: string;
	/** Rejected: row / column / reason; refused: the reason; accepted: the rows loaded. */
	detail: string;
	tableChanged: boolean;
	/** A rejected or refused file changed a table, or an accepted one took earlier rows away. */
	lost: boolean;
	failure: string | null;
	/** Small groups only: where a hidden figure was seen (empty = nowhere); null = no small group in the file. */
	revealed: string[] | null;
	shape?: string;
	hidden?: string[];
	/** Small groups: the file's shown figures the sweep did not find (it should find them all). */
	unseen?: number[];
};

export type Totals = {
	pwned: boolean;
	hostileNodes: number;
	problems: string[];
	stats: SweepStats | null;
	/** CSV cells Excel would read as a formula, over how many CSV exports. */
	formulaCells?: number;
	csvExports?: number;
};

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 160);
const jaNej = (b: boolean) => (b ? 'ja' : 'nej');

export function summaryTable(results: FileResult[], t: Totals): string {
	const by = (o: string) => results.filter((r) => r.outcome === o);
	const small = results.filter((r) => r.revealed);
	const lines = [
		'| filer | godtagna | avvisade (fil, rad, kolumn, skäl) | vägrade (skäl) | data förlorad | skript körda | dolda värden synliga | fel mot väntat |',
		'|---|---|---|---|---|---|---|---|',
		`| ${results.length} | ${by('accepted').length} | ${by('rejected').length} | ${by('refused').length} | ${results.filter((r) => r.lost).length} | ${t.pwned || t.hostileNodes > 0 ? 'ja' : '0'} | ${small.filter((r) => r.revealed!.length > 0).length} av ${small.length} filer med små grupper | ${results.filter((r) => r.failure).length} |`
	];
	return lines.join('\n');
}

const DIR = join(import.meta.dirname, '..', '..', '..', 'test-results');

/** Everything the sweep read, for a look at where a figure was (or was not) seen. */
export function writeSeen(seen: Seen[]): void {
	mkdirSync(DIR, { recursive: true });
	writeFileSync(join(DIR, 'adversarial-seen.txt'), seen.map((s) => `## ${s.where}\n${s.text}`).join('\n\n'));
}

/** The whole record: summary, small-group shapes, every file, what the sweep covered. */
export function writeReport(results: FileResult[], t: Totals): string {
	const small = results.filter((r) => r.revealed);
	const md = [
		'# Adversarial import suite (tests/e2e/import-adversarial.spec.ts)',
		'',
		`Körd ${new Date().toISOString()} mot produktionsbygget i Chromium, en sida, filerna i tur och ordning.`,
		'',
		'## Sammanfattning',
		'',
		summaryTable(results, t),
		'',
		`Skript: window.__pwned ${t.pwned ? 'satt' : 'aldrig satt'}; ${t.hostileNodes} fientliga element (img[src=x], script, iframe) infogade i sidan; ${t.problems.length} konsolfel, CSP-brott eller främmande anrop.`,
		...(t.stats
			? [
					`Genomsökning efter dolda värden: ${t.stats.views} vyer (text, attribut, tabellalternativ), ${t.stats.exports} CSV- och SVG-exporter, ${t.stats.hovers} tooltips i Jämför.`,
					`CSV-celler som Excel skulle läsa som formel (= + @ eller ett - som inte inleder ett tal): ${t.formulaCells ?? '?'} i ${t.csvExports ?? '?'} CSV-exporter.`
				]
			: []),
		'',
		'## Små grupper',
		'',
		'| form | fil | utfall | dolda värden | syns någonstans | filens visade värden hittade |',
		'|---|---|---|---|---|---|',
		...small.map(
			(r) =>
				`| ${cell(r.shape ?? r.why)} | ${cell(r.file)} | ${cell(`${r.outcome}: ${r.detail}`)} | ${r.hidden!.join(', ')} | ${r.revealed!.length ? `ja: ${cell(r.revealed!.join('; '))}` : 'nej'} | ${r.unseen == null ? '–' : r.unseen.length ? `nej: ${r.unseen.join(', ')}` : 'ja'} |`
		),
		'',
		'## Varje fil',
		'',
		'| id | fil | vad | väntat | utfall | tabell ändrad | data förlorad | dolt värde synligt | fel |',
		'|---|---|---|---|---|---|---|---|---|',
		...results.map(
			(r) =>
				`| ${r.id} | ${cell(r.file)} | ${cell(r.why)} | ${cell(r.expected)} | ${cell(`${r.outcome}: ${r.detail}`)} | ${jaNej(r.tableChanged)} | ${jaNej(r.lost)} | ${r.revealed ? jaNej(r.revealed.length > 0) : '–'} | ${r.failure ? cell(r.failure) : ''} |`
		),
		...(t.stats?.failed.length
			? ['', '## Exporter som inte gav någon fil', '', ...t.stats.failed.map((f) => `- ${cell(f)}`)]
			: []),
		...(t.problems.length ? ['', '## Problem i sidan', '', ...t.problems.map((p) => `- ${cell(p)}`)] : []),
		''
	].join('\n');
	mkdirSync(DIR, { recursive: true });
	const path = join(DIR, 'adversarial-report.md');
	writeFileSync(path, md);
	return path;
}
