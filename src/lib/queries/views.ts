/**
 * Views created after the extracts are loaded, in the browser and in the tests alike.
 * `facts` unions the four long-format extracts so one query can compare any measure.
 */
export const VIEWS: readonly string[] = [
	`CREATE OR REPLACE VIEW facts AS
		SELECT 'staffing' AS extract, * FROM staffing
		UNION ALL BY NAME SELECT 'sick_leave' AS extract, * FROM sick_leave
		UNION ALL BY NAME SELECT 'senior_alert' AS extract, * FROM senior_alert
		UNION ALL BY NAME SELECT 'caseload' AS extract, * FROM caseload`
];
