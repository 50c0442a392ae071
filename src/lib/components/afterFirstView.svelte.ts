/**
 * A component loaded once the page has hydrated and asked for its database:
 * a task after the layout's onMount (which runs after the page's), so neither
 * its markup nor its JS is part of the first view, nor does it hold up the
 * database's start. Call it while a component initialises; `current` is null
 * until the component arrives, and stays null if it cannot be loaded (the
 * caller's prerendered fallback stands, never a blank).
 */
import { onMount, type Component } from 'svelte';

// `any`: a component with any props (Component<P> is invariant in P).
export function afterFirstView<C extends Component<any>>(load: () => Promise<{ default: C }>): { readonly current: C | null } {
	let current = $state.raw<C | null>(null);
	onMount(() => {
		const timer = setTimeout(() =>
			load().then(
				(m) => (current = m.default),
				() => undefined
			)
		);
		return () => clearTimeout(timer);
	});
	return {
		get current() {
			return current;
		}
	};
}
