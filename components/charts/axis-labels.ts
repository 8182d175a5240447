// The labels under a chart's bars, laid out so that they never run into each other, whatever the
// number of bars: on one line when they fit, else broken onto two lines, else only every second,
// third… label is drawn. The chart's description (read by screen readers) and the table beside it
// always give every category in full.

/** Average width of a character of the interface's sans-serif, in ems: a generous estimate. */
const CHAR_EM = 0.55;
/** Space kept free between two neighbouring labels, in pixels. */
export const LABEL_GAP = 6;

/** About how wide a line of text is at a font size, in pixels. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_EM;
}

/** One label drawn under bar `index`, on one or more lines. */
export type TickLabel = { index: number; lines: string[] };

function widest(labels: readonly TickLabel[], fontSize: number): number {
  return Math.max(0, ...labels.flatMap((l) => l.lines.map((line) => textWidth(line, fontSize))));
}

/** 1, 2, 3, 4, 6, 12, 24, 36…: steps that keep months in step with quarters and years. */
const nextEvery = (k: number) => (k < 4 ? k + 1 : k === 4 ? 6 : k === 6 ? 12 : k + 12);

/** Every k-th label from the first, for the smallest k (1, 2, 3, 4, 6, 12, 24…) whose labels fit. */
function thinned(count: number, step: number, fontSize: number, labelsEvery: (k: number) => TickLabel[]): TickLabel[] {
  for (let k = 1; ; k = nextEvery(k)) {
    const labels = labelsEvery(k);
    if (k >= count || widest(labels, fontSize) + LABEL_GAP <= k * step) return labels;
  }
}

/** "Autumn term" → ["Autumn", "term"]: the words on two lines as even as can be. */
function twoLines(label: string): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [label];
  let best = [label];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const width = Math.max(...lines.map((l) => l.length));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/**
 * Labels of any kind under bars `step` pixels apart: all on one line if they fit, else each broken
 * at a space onto two lines, else every k-th of them (two lines each), for the smallest k that fits.
 */
export function fitAxisLabels(labels: readonly string[], step: number, fontSize: number): TickLabel[] {
  const oneLine = labels.map((l, index) => ({ index, lines: [l] }));
  if (widest(oneLine, fontSize) + LABEL_GAP <= step) return oneLine;
  const wrapped = labels.map((l, index) => ({ index, lines: twoLines(l) }));
  return thinned(labels.length, step, fontSize, (k) => wrapped.filter((l) => l.index % k === 0));
}

/**
 * Labels for months ("YYYY-MM") under bars `step` pixels apart: the month's short name ("Feb",
 * "févr."), with the year beneath the first label drawn and beneath each one that starts a new
 * year; every month when they fit, else every k-th month for the smallest k that fits.
 */
export function fitMonthLabels(months: readonly string[], locale: string, step: number, fontSize: number): TickLabel[] {
  const name = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const at = (m: string) => new Date(`${m}-01T00:00:00Z`);
  return thinned(months.length, step, fontSize, (k) => {
    let year = "";
    return months.flatMap((m, index) => {
      if (index % k !== 0) return [];
      const y = m.slice(0, 4);
      const lines = y === year ? [name.format(at(m))] : [name.format(at(m)), y];
      year = y;
      return [{ index, lines }];
    });
  });
}

/** "February 2026" for "2026-02": how a month is read out in full. */
export function monthInFull(locale: string, month: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
