// The sticky "Mark as completed" bar never covers the focused element: how far the window scrolls
// when the bar appears over it (components/ui/keep-focus-visible.ts).
import { describe, expect, it } from "vitest";
import { scrollToClear } from "@/components/ui/keep-focus-visible";

describe("scrollToClear", () => {
  const bar = { top: 700, bottom: 800 };

  it("scrolls a focused box under the bar to just above it", () => {
    expect(scrollToClear({ top: 710, bottom: 730 }, bar)).toBe(46);
    expect(scrollToClear({ top: 690, bottom: 705 }, bar, 10)).toBe(15);
  });

  it("scrolls a box that ends within the gap above the bar", () => {
    expect(scrollToClear({ top: 670, bottom: 690 }, bar)).toBe(6);
  });

  it("leaves a box well above the bar where it is", () => {
    expect(scrollToClear({ top: 100, bottom: 120 }, bar)).toBe(0);
    expect(scrollToClear({ top: 664, bottom: 684 }, bar)).toBe(0);
  });

  it("leaves a box below the bar where it is (the bar then sits in its own place at the page's end)", () => {
    expect(scrollToClear({ top: 820, bottom: 840 }, bar)).toBe(0);
  });
});
