// Keeps the focused element in view above something that has just appeared stuck to the bottom of
// the window (WCAG 2.2, 2.4.11 Focus Not Obscured): the browser scrolls a focused element into view
// only when the focus moves, not when a sticky bar later appears over it.

type Box = { top: number; bottom: number };

/** How far to scroll down so that `focused` ends `gap` pixels above `cover`; 0 when it already does. */
export function scrollToClear(focused: Box, cover: Box, gap = 16): number {
  const overlap = focused.bottom + gap - cover.top;
  // Something entirely below the cover (the page's end, under a bar in its own place) is not covered.
  if (overlap <= 0 || focused.top >= cover.bottom) return 0;
  return Math.ceil(overlap);
}

/** Scrolls the window so that the focused element (if outside `cover`) is not hidden by `cover`. */
export function keepFocusAbove(cover: HTMLElement, gap = 16) {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || cover.contains(focused)) return;
  const by = scrollToClear(focused.getBoundingClientRect(), cover.getBoundingClientRect(), gap);
  if (by > 0) window.scrollBy({ top: by, behavior: "instant" });
}
