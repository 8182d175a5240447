// The cohort dashboard's charts: the labels under their bars never run into each other, whatever
// the number of months (components/charts/axis-labels.ts), and the chart drawn as SVG keeps them
// apart while its description still reads every month out in full.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  fitAxisLabels,
  fitMonthLabels,
  LABEL_GAP,
  monthInFull,
  textWidth,
  type TickLabel,
} from "@/components/charts/axis-labels";
import { BarChart } from "@/components/charts/bar-chart";

const FONT = 12;

/** "YYYY-MM" for `count` months from `first`. */
function monthsFrom(first: string, count: number): string[] {
  const [y, m] = first.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + (m - 1) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  });
}

const widthOf = (l: TickLabel) => Math.max(...l.lines.map((line) => textWidth(line, FONT)));

/** Neighbouring labels, centred `step` apart per bar, keep at least the gap between them. */
function expectApart(labels: readonly TickLabel[], step: number) {
  for (let i = 1; i < labels.length; i++) {
    const [a, b] = [labels[i - 1], labels[i]];
    const room = (b.index - a.index) * step;
    expect(widthOf(a) / 2 + widthOf(b) / 2 + LABEL_GAP, `${a.lines} / ${b.lines}`).toBeLessThanOrEqual(room);
  }
}

describe("month labels under a chart's bars", () => {
  it("never overlap, from one month to four years, in English and French, on a wide or a narrow chart", () => {
    for (const locale of ["en", "fr"])
      for (const width of [404, 250])
        for (let count = 1; count <= 48; count++) {
          const step = width / count;
          const labels = fitMonthLabels(monthsFrom("2026-02", count), locale, step, FONT);
          expect(labels[0].index).toBe(0);
          expectApart(labels, step);
        }
  });

  it("show every month when there is room, the year under the first and under each new year", () => {
    const months = monthsFrom("2026-11", 5);
    expect(fitMonthLabels(months, "en", 80, FONT)).toEqual([
      { index: 0, lines: ["Nov", "2026"] },
      { index: 1, lines: ["Dec"] },
      { index: 2, lines: ["Jan", "2027"] },
      { index: 3, lines: ["Feb"] },
      { index: 4, lines: ["Mar"] },
    ]);
    expect(fitMonthLabels(months, "fr", 80, FONT).map((l) => l.lines)).toEqual([
      ["nov.", "2026"],
      ["déc."],
      ["janv.", "2027"],
      ["févr."],
      ["mars"],
    ]);
  });

  it("draw every second, third… month when they are many, still telling the year wherever it changes", () => {
    // Fifteen months, February 2026 to April 2027, on bars 20 pixels apart.
    const labels = fitMonthLabels(monthsFrom("2026-02", 15), "fr", 20, FONT);
    expect(labels.map((l) => l.index)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    expect(labels.filter((l) => l.lines.length === 2).map((l) => l.lines.join(" "))).toEqual([
      "févr. 2026",
      "févr. 2027",
    ]);
  });
});

describe("other labels under a chart's bars", () => {
  it("stay on one line when they fit, break at a space when not, and thin out when even that is too wide", () => {
    expect(fitAxisLabels(["1", "2", "3"], 80, FONT)).toEqual([
      { index: 0, lines: ["1"] },
      { index: 1, lines: ["2"] },
      { index: 2, lines: ["3"] },
    ]);
    expect(fitAxisLabels(["Very useful", "Not useful"], 50, FONT).map((l) => l.lines)).toEqual([
      ["Very", "useful"],
      ["Not", "useful"],
    ]);
    const many = Array.from({ length: 12 }, (_, i) => `Group ${i + 1}`);
    const labels = fitAxisLabels(many, 20, FONT);
    expect(labels.length).toBeLessThan(many.length);
    expectApart(labels, 20);
  });
});

describe("the sessions chart as drawn", () => {
  const months = monthsFrom("2026-02", 15);
  const html = renderToStaticMarkup(
    createElement(BarChart, {
      id: "sessions",
      title: "Sessions held and planned",
      summary: "Sessions planned and held per month.",
      locale: "en",
      categoryKind: "month",
      categories: months,
      series: [
        { key: "planned", label: "Planned", values: months.map(() => 12), tone: "light" },
        { key: "held", label: "Held", values: months.map(() => 7), tone: "brand" },
      ],
    }),
  );

  it("keeps the labels under its bars apart", () => {
    const ticks = [...html.matchAll(/<text x="([\d.]+)"[^>]*data-tick="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      lines: [...m[3].matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]),
    }));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks[0].lines).toEqual(["Feb", "2026"]);
    for (let i = 1; i < ticks.length; i++) {
      const [a, b] = [ticks[i - 1], ticks[i]];
      const half = (t: { lines: string[] }) => Math.max(...t.lines.map((l) => textWidth(l, FONT))) / 2;
      expect(a.x + half(a) + LABEL_GAP).toBeLessThanOrEqual(b.x - half(b) + 0.001);
    }
  });

  it("keeps them inside the picture, at any number of months", () => {
    for (const count of [1, 2, 7, 15, 31, 48]) {
      const many = monthsFrom("2026-09", count);
      const svg = renderToStaticMarkup(
        createElement(BarChart, {
          id: "sessions",
          title: "Sessions",
          summary: "Sessions per month.",
          locale: "fr",
          categoryKind: "month",
          categories: many,
          series: [{ key: "planned", label: "Planned", values: many.map(() => 3), tone: "light" }],
        }),
      );
      const left = Number(svg.match(/<g class="visx-group" transform="translate\(([\d.]+)/)![1]);
      const width = Number(svg.match(/viewBox="0 0 ([\d.]+)/)![1]);
      for (const m of svg.matchAll(/<text x="([\d.]+)"[^>]*data-tick="\d+"[^>]*>(.*?)<\/text>/g)) {
        const half =
          Math.max(...[...m[2].matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => textWidth(t[1], FONT))) / 2;
        expect(left + Number(m[1]) - half, `${count} months`).toBeGreaterThanOrEqual(0);
        expect(left + Number(m[1]) + half, `${count} months`).toBeLessThanOrEqual(width);
      }
    }
  });

  it("reads every month out in full in its description", () => {
    const desc = html.match(/<desc[^>]*>(.*?)<\/desc>/)![1];
    for (const m of months) expect(desc).toContain(`${monthInFull("en", m)}: Planned 12, Held 7`);
    expect(desc).toContain("April 2027");
  });
});
