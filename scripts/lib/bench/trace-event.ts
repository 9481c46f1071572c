/** One event of a Chromium trace (Trace Event Format), as the dev tools read it. */
export type TraceEvent = {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** The thread's own CPU time, where Chromium records it. */
	tdur?: number;
	tid: number;
	pid: number;
	cat?: string;
	args?: Record<string, unknown>;
};
