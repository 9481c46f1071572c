/**
 * The Kolada KPIs the dashboard compares against: the ones committee reports quote (social
 * services, elderly care, staffing, sick leave) and the population denominators.
 * Kept in sync with ../shared/opendata/kpis-selected.csv by a test when that file is present.
 */
export const SELECTED_KPIS = [
	'N00090', // sjukfrånvaro totalt bland anställda (%)
	'N00098', // årsarbetare totalt
	'N20007', // kostnad äldreomsorg kr/inv 65+
	'N20048', // kostnad äldreomsorg kr/inv 80+
	'N00097', // nettokostnadsavvikelse totalt (%)
	'N20900', // nettokostnadsavvikelse äldreomsorg (%)
	'N20029', // nettokostnadsavvikelse äldreomsorg (mnkr)
	'N21701', // invånare 65+ med hemtjänst (%)
	'N23801', // invånare 80+ i särskilt boende (%)
	'U23401', // väntetid till särskilt boende (dagar)
	'N20580', // äldre med trycksår (%) — Senior Alert; not in the 2024 dump, only from the API
	'N20583', // äldre med BMI < 22 (%) — Senior Alert
	'U21432', // åtgärder mot fall, undernäring, trycksår, munhälsa — Senior Alert
	'U23418', // 65+ i SÄBO med risk för trycksår med åtgärd — Senior Alert
	'N01951', // invånare totalt
	'N01938', // invånare 65+
	'N01956', // invånare 65–79
	'N01957', // invånare 80+
	'U21401' // personalkontinuitet hemtjänst
] as const;

export type SelectedKpi = (typeof SELECTED_KPIS)[number];
