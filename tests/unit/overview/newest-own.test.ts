import { describe, expect, it } from 'vitest';
import { newestOwnReports } from '../../../src/routes/_overview/newest-own';

describe('overview: one forecast card per own file and kommun', () => {
	it('keeps every document report and only the newest follow-up of a user’s file', () => {
		const rows = [
			{ kommun: '2480', source: 'user:huvudbok.csv', report_id: 'apr' },
			{ kommun: '0881', source: 'nybro-2024', report_id: 'T2' },
			{ kommun: '2480', source: 'user:huvudbok.csv', report_id: 'mar' },
			{ kommun: '2262', source: 'timra-a', report_id: 'delår' },
			{ kommun: '2262', source: 'timra-b', report_id: 'periodrapport' },
			{ kommun: '2584', source: 'user:huvudbok.csv', report_id: 'apr-kiruna' },
			{ kommun: '2480', source: 'user:huvudbok.csv', report_id: 'feb' }
		];
		expect(newestOwnReports(rows).map((r) => r.report_id)).toEqual([
			'apr',
			'T2',
			'delår',
			'periodrapport',
			'apr-kiruna'
		]);
	});
});
