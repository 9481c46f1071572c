import { comparison } from '../../../src/lib/queries/compare';
import { compareFilters } from '../../../tests/helpers/compare-filters';
import { koladaBenchmark } from '../../../src/lib/queries/kolada-benchmark';
import type { Query } from '../../../src/lib/queries/sql';

/** Shipped queries timed in the page and natively: same SQL text, same bound parameters. */
export function benchQueries(bundled: boolean): Record<string, Query<unknown>> {
	const q: Record<string, Query<unknown>> = {
		jamfor_sick_leave_all_kommuner: comparison(compareFilters('sick_leave_total_pct')) as Query<unknown>,
		jamfor_sick_leave_index: comparison(compareFilters('sick_leave_total_pct', { norm: 'index' })) as Query<unknown>,
		jamfor_budget_deviation_pct_of_budget: comparison(
			compareFilters('budget_net_deviation_year', { norm: 'pct_budget' })
		) as Query<unknown>,
		group_by_kommun_year_sex: {
			purpose: 'bench',
			sql: {
				text: `SELECT kommun, year(period_start) AS year, sex, avg(value) AS mean, count(*) AS n FROM sick_leave_safe GROUP BY ALL ORDER BY ALL`,
				params: []
			},
			columns: []
		}
	};
	if (bundled) {
		q.kolada_benchmark_N00090_timra = koladaBenchmark({
			kpi: 'N00090',
			kommun: '2262',
			sex: 'T',
			area: 'övergripande'
		}) as Query<unknown>;
		q.jamfor_kolada_N00090_all = comparison(compareFilters('kolada:N00090')) as Query<unknown>;
	}
	return q;
}
