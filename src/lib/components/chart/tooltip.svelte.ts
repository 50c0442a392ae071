/**
 * Tooltip state for a chart's marks, shared by the marks and `<Tooltip>`.
 *
 *   const tip = createTooltip();
 *   const handlers = tip.marks((mark) => ({ title, lines }));   // once, not in the markup
 *   <!-- svelte-ignore a11y_no_noninteractive_tabindex -->
 *   <g tabindex="0" role="img" aria-label={reading} {...handlers}>…</g>
 *   <Tooltip tooltip={tip} />   // inside the chart's positioned container, next to the <svg>
 *
 * (The svelte-ignore is needed: svelte-check flags any focusable role="img";
 * here the focus stop is deliberate, it is how keyboard users reach the mark.)
 *
 * `marks()` wires pointer enter/leave and focus/blur; `<Tooltip>` handles
 * Escape and places itself beside the mark so it never covers it. The mark's
 * `aria-label` must carry the full reading: the tooltip is for sighted users
 * and adds nothing a screen reader needs.
 */

export interface TooltipContent {
	/** First line, bold (e.g. the service). */
	title: string;
	/** Further lines (e.g. standard, rating, "Source: suffolk.txt:123"). */
	lines?: readonly string[];
}

/** Where the tooltip points: a mark's box, or a point, in px of the tooltip's positioned container. */
export type TooltipAnchor = { element: Element } | { x: number; y: number };

export interface TooltipState {
	visible: boolean;
	content: TooltipContent | null;
	anchor: TooltipAnchor | null;
}

export interface MarkHandlers {
	onpointerenter: (event: PointerEvent) => void;
	onpointerleave: (event: PointerEvent) => void;
	onfocus: (event: FocusEvent) => void;
	onblur: () => void;
}

export interface DelegatedHandlers {
	onpointerover: (event: PointerEvent) => void;
	onpointerout: (event: PointerEvent) => void;
	onfocusin: (event: FocusEvent) => void;
	onfocusout: (event: FocusEvent) => void;
}

export interface Tooltip {
	readonly state: TooltipState;
	/** Show at a point (px from the top-left of the chart container the `<Tooltip>` sits in). */
	show(content: TooltipContent | string, x: number, y: number): void;
	/** Show beside an element (a mark), above it or, if there is no room, below. */
	showFor(element: Element, content: TooltipContent | string): void;
	hide(): void;
	/** Hide after a short delay, so the pointer can move onto the tooltip (WCAG 1.4.13 "hoverable"). */
	hideSoon(): void;
	/** Cancel a pending `hideSoon` (the pointer reached the tooltip). */
	keep(): void;
	/**
	 * Event props for marks: spread them onto each. `content(mark)` is read when a mark is entered or
	 * focused (null: no tooltip). Make them once: the same functions on every redraw leave the marks'
	 * listeners alone instead of swapping four per mark.
	 */
	marks(content: (mark: Element) => TooltipContent | string | null): MarkHandlers;
	/**
	 * The same behaviour for every mark matching `selector` inside one container: spread these onto
	 * the container (e.g. the `<svg>`). One set of listeners instead of four per mark, for charts with
	 * thousands of marks; `content(mark)` is read when a mark is entered or focused.
	 */
	delegate(selector: string, content: (mark: Element) => TooltipContent | string | null): DelegatedHandlers;
}

const HIDE_DELAY_MS = 150;

function normalise(content: TooltipContent | string): TooltipContent {
	return typeof content === 'string' ? { title: content } : content;
}

export function createTooltip(): Tooltip {
	const state = $state<TooltipState>({ visible: false, content: null, anchor: null });
	let timer: ReturnType<typeof setTimeout> | undefined;

	const keep = () => {
		clearTimeout(timer);
		timer = undefined;
	};
	const open = (content: TooltipContent | string, anchor: TooltipAnchor) => {
		keep();
		state.content = normalise(content);
		state.anchor = anchor;
		state.visible = true;
	};
	const hide = () => {
		keep();
		state.visible = false;
		state.content = null;
		state.anchor = null;
	};
	const hideSoon = () => {
		keep();
		timer = setTimeout(hide, HIDE_DELAY_MS);
	};

	/**
	 * The pointer left `mark`: hide soon, unless it was a tap (its pointerleave follows at once: keep
	 * the tooltip until the next tap elsewhere or Escape) or the mark has the focus (keep showing).
	 */
	const leave = (event: PointerEvent, mark: EventTarget | null) => {
		if (event.pointerType === 'touch' || document.activeElement === mark) return;
		hideSoon();
	};

	function handlersFor(content: (mark: Element) => TooltipContent | string | null): MarkHandlers {
		const enter = (event: Event) => {
			const mark = event.currentTarget;
			const shown = mark instanceof Element ? content(mark) : null;
			if (mark instanceof Element && shown) open(shown, { element: mark });
		};
		return {
			onpointerenter: enter,
			onpointerleave: (event) => leave(event, event.currentTarget),
			onfocus: enter,
			onblur: hide
		};
	}

	return {
		state,
		show: (content, x, y) => open(content, { x, y }),
		showFor: (element, content) => open(content, { element }),
		hide,
		hideSoon,
		keep,
		marks: handlersFor,
		delegate(selector, content) {
			const markOf = (event: Event): Element | null => (event.target instanceof Element ? event.target.closest(selector) : null);
			const enter = (event: Event) => {
				const mark = markOf(event);
				const shown = mark ? content(mark) : null;
				if (mark && shown) open(shown, { element: mark });
			};
			return {
				onpointerover: enter,
				onfocusin: enter,
				onpointerout: (event) => {
					const mark = markOf(event);
					// Still inside the same mark: keep showing.
					if (!mark || (event.relatedTarget instanceof Node && mark.contains(event.relatedTarget))) return;
					leave(event, mark);
				},
				onfocusout: (event) => {
					if (markOf(event)) hide();
				}
			};
		}
	};
}
