/** Messages between the /add page and its reader worker (structured-clone safe). */
import type { PreviewOutcome } from './preview';
import type { PublishedMatch } from './published';

/** What is read. */
export type ReadInput =
	| { kind: 'pdf'; name: string; bytes: ArrayBuffer }
	| { kind: 'text'; name: string; bytes: ArrayBuffer }
	| { kind: 'html'; name: string; text: string }
	| { kind: 'paste'; name: string; text: string };

/** What is read, and where the site's published tables are (an absolute URL: a worker resolves against its own). */
export type ReadRequest = ReadInput & { dataUrl: string };

/** A read report, set against the published inspections in the worker. */
export type ReadOutcome =
	| { ok: false; message: string }
	| (Extract<PreviewOutcome, { ok: true }> & {
			/** The published inspection it is (same service and date), or null. */
			match: PublishedMatch | null;
			/** Whether the published data could be compared at all. */
			compared: boolean;
	  });

export type ReadReply = { type: 'progress'; step: string } | { type: 'done'; outcome: ReadOutcome };

/** What the file input offers: the report as a PDF, a text file or a saved web page. */
export const ACCEPT = '.txt,.pdf,.html,.htm,text/plain,application/pdf,text/html';
