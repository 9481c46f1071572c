/** A zod issue as its fields arrive at runtime (the checks' own messages are Swedish already). */
type ZodIssueLike = { message: string; code?: string; expected?: string; values?: readonly unknown[] };

const cellText = (v: unknown) => `”${typeof v === 'number' ? String(v).replace('.', ',') : String(v ?? '')}”`;

/**
 * The reason a user reads for a cell zod refused. Two built-in checks answer in English ("Invalid
 * input: expected int, received number", "Invalid option: expected one of …"): those are said in
 * Swedish, with the cell's value; every other message is ours and passes as it is.
 */
export function issueText(issue: ZodIssueLike, value: unknown): string {
	if (issue.code === 'invalid_type' && issue.expected === 'int') return `${cellText(value)} är inget heltal`;
	if (issue.code === 'invalid_value' && issue.values?.length)
		return `${cellText(value)} är inget av de tillåtna värdena: ${issue.values.map(String).join(', ')}`;
	return issue.message;
}
