/** A file or paste that cannot be turned into report text; `message` is one plain sentence for the reader. */
export class ExtractError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExtractError';
	}
}
