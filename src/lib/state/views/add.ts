/**
 * URL state of /add: none. A report added here never goes into a URL (it never
 * leaves the browser), so every parameter a link carries is dropped with a notice.
 */
import type { StateSpec, ViewState } from '../params';

export const addSpec = {} satisfies StateSpec;
export const ADD_DEFAULTS: ViewState<typeof addSpec> = {};
