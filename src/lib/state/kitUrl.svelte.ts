/** SvelteKit's router as the `UrlAccess` a view's URL state is given (the one place state meets `$app`). */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { UrlAccess } from './urlAccess';

export const kitUrl: UrlAccess = {
	get url() {
		return page.url;
	},
	goto: (target, { replaceState }) => goto(target, { replaceState, keepFocus: true, noScroll: true })
};
