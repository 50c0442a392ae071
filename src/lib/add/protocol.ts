/** Messages between the /add page and its reader worker (structured-clone safe). */
import type { PreviewOutcome } from './preview';

export type ReadRequest =
	| { kind: 'pdf'; name: string; bytes: ArrayBuffer }
	| { kind: 'text'; name: string; bytes: ArrayBuffer }
	| { kind: 'html'; name: string; text: string }
	| { kind: 'paste'; name: string; text: string };

export type ReadReply = { type: 'progress'; step: string } | { type: 'done'; outcome: PreviewOutcome };

/** What the file input offers: the report as a PDF, a text file or a saved web page. */
export const ACCEPT = '.txt,.pdf,.html,.htm,text/plain,application/pdf,text/html';
