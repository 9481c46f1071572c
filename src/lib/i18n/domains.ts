/** The domains' names wherever measures are grouped (picker, catalogue, overview). */
export const DOMAIN_LABEL: Record<string, string> = {
	budget: 'Budget',
	staffing: 'Personal',
	sick_leave: 'Sjukfrånvaro',
	senior_alert: 'Senior Alert och kvalitet',
	caseload: 'Ärenden och volymer',
	kolada: 'Kolada (RKA) – alla kommuner'
};
