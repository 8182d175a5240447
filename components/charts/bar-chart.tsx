// A bar chart drawn with visx as plain SVG on the server (no script in the browser), accessible:
// role="img" named by its <title> and described by a <desc> that reads out every value. The
// dashboard always puts the table of the same numbers next to it.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { fitAxisLabels, fitMonthLabels, monthInFull, textWidth } from "./axis-labels";

export type ChartSeries = { key: string; label: string; values: number[]; tone: Tone };
export type Tone = "brand" | "light" | "amber" | "emerald" | "red" | "slate";

const FILL: Record<Tone, string> = {
  brand: "#0a6ab3",
  light: "#9cc8e9",
  amber: "#d97706",
  emerald: "#059669",
  red: "#dc2626",
  slate: "#94a3b8",
};
const TEXT = "#334155";
const GRID = "#e2e8f0";

type Props = {
  /** Unique in the page: the title and description ids derive from it. */
  id: string;
  title: string;
  /** One sentence on what is drawn; the values are appended for screen readers. */
  summary: string;
  categories: string[];
  series: ChartSeries[];
  locale: string;
  /** Horizontal bars suit long category names (a funnel, buckets); vertical ones months. */
  orientation?: "vertical" | "horizontal";
  /**
   * "month": the categories are months ("YYYY-MM"), labelled under vertical bars by their short
   * names with the year where it changes, and read out in full ("February 2026").
   */
  categoryKind?: "text" | "month";
};

const FONT = 12;
const LINE = 14;

export function BarChart({
  id,
  title,
  summary,
  categories,
  series,
  locale,
  orientation = "vertical",
  categoryKind = "text",
}: Props) {
  const number = new Intl.NumberFormat(locale);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const months = categoryKind === "month";
  const description = `${summary} ${categories
    .map((c) => (months ? monthInFull(locale, c) : c))
    .map(
      (c, i) =>
        `${c}: ${series.map((s) => (series.length > 1 ? `${s.label} ${number.format(s.values[i] ?? 0)}` : number.format(s.values[i] ?? 0))).join(", ")}`,
    )
    .join("; ")}.`;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const horizontal = orientation === "horizontal";

  // About the width of half the dashboard, so that 12-pixel text stays 12 pixels or so on screen.
  const width = 460;
  const rowHeight = series.length > 1 ? 40 : 32;
  // Room for the longest category name on the left of horizontal bars (about 6.6 px a character).
  const labelRoom = Math.min(230, Math.max(60, Math.ceil(Math.max(0, ...categories.map((c) => c.length)) * 6.6) + 10));
  const left = horizontal ? labelRoom : 40;
  const right = horizontal ? 40 : 20;
  const innerWidth = width - left - right;
  const band = scaleBand<string>({
    domain: categories,
    range: horizontal ? [0, Math.max(1, categories.length) * rowHeight] : [0, innerWidth],
    padding: 0.25,
  });
  // Under vertical bars, labels that never overlap: on one or two lines, every k-th one if need be.
  const ticks = horizontal
    ? []
    : months
      ? fitMonthLabels(categories, locale, band.step(), FONT)
      : fitAxisLabels(categories, band.step(), FONT);
  const tickLines = Math.max(1, ...ticks.map((l) => l.lines.length));
  const margin = horizontal
    ? { top: 8, right, bottom: 28, left }
    : { top: 20, right, bottom: 12 + tickLines * LINE, left };
  const height = horizontal ? margin.top + margin.bottom + Math.max(1, categories.length) * rowHeight : 250;
  const innerHeight = height - margin.top - margin.bottom;
  const inner = scaleBand<string>({ domain: series.map((s) => s.key), range: [0, band.bandwidth()], padding: 0.08 });
  const value = scaleLinear<number>({
    domain: [0, max],
    range: horizontal ? [0, innerWidth] : [innerHeight, 0],
    nice: true,
  });
  const valueTicks = value.ticks(Math.min(5, max)).filter((t) => Number.isInteger(t));

  return (
    <figure className="min-w-0">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        data-testid={`chart-${id}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <Group left={margin.left} top={margin.top}>
          {valueTicks.map((t) =>
            horizontal ? (
              <line key={t} x1={value(t)} x2={value(t)} y1={0} y2={innerHeight} stroke={GRID} />
            ) : (
              <line key={t} x1={0} x2={innerWidth} y1={value(t)} y2={value(t)} stroke={GRID} />
            ),
          )}
          {categories.map((c, i) => (
            <Group key={c} {...(horizontal ? { top: band(c) ?? 0 } : { left: band(c) ?? 0 })}>
              {series.map((s) => {
                const v = s.values[i] ?? 0;
                const offset = inner(s.key) ?? 0;
                const thickness = inner.bandwidth();
                const length = horizontal ? value(v) : innerHeight - value(v);
                return (
                  <g key={s.key}>
                    {horizontal ? (
                      <Bar x={0} y={offset} width={Math.max(0, length)} height={thickness} fill={FILL[s.tone]} rx={2} />
                    ) : (
                      <Bar
                        x={offset}
                        y={value(v)}
                        width={thickness}
                        height={Math.max(0, length)}
                        fill={FILL[s.tone]}
                        rx={2}
                      />
                    )}
                    <text
                      x={horizontal ? length + 4 : offset + thickness / 2}
                      y={horizontal ? offset + thickness / 2 : value(v) - 4}
                      fontSize={12}
                      fill={TEXT}
                      textAnchor={horizontal ? "start" : "middle"}
                      dominantBaseline={horizontal ? "central" : "auto"}
                      aria-hidden
                    >
                      {number.format(v)}
                    </text>
                  </g>
                );
              })}
            </Group>
          ))}
          {horizontal ? (
            <>
              <AxisLeft
                scale={band}
                hideTicks
                stroke={GRID}
                tickLabelProps={{ fill: TEXT, fontSize: 12, textAnchor: "end", dx: -6, dy: "0.33em" }}
              />
              <AxisBottom
                top={innerHeight}
                scale={value}
                tickValues={valueTicks}
                tickFormat={(v) => number.format(Number(v))}
                stroke={GRID}
                tickStroke={GRID}
                tickLabelProps={{ fill: TEXT, fontSize: 11, textAnchor: "middle" }}
              />
            </>
          ) : (
            <>
              <AxisLeft
                scale={value}
                tickValues={valueTicks}
                tickFormat={(v) => number.format(Number(v))}
                stroke={GRID}
                tickStroke={GRID}
                tickLabelProps={{ fill: TEXT, fontSize: 11, textAnchor: "end", dx: -2, dy: "0.33em" }}
              />
              <line x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} stroke={GRID} />
              {ticks.map(({ index, lines }) => {
                // Under its bar, but never past the picture's edges.
                const half = Math.max(...lines.map((line) => textWidth(line, FONT))) / 2;
                const centre = (band(categories[index]) ?? 0) + band.bandwidth() / 2;
                const x = Math.min(Math.max(centre, half - left), innerWidth + right - half);
                return (
                  <text
                    key={index}
                    x={x}
                    y={innerHeight + LINE + 2}
                    fontSize={FONT}
                    fill={TEXT}
                    textAnchor="middle"
                    data-tick={index}
                  >
                    {lines.map((line, i) => (
                      <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                );
              })}
            </>
          )}
        </Group>
      </svg>
      {series.length > 1 && (
        <figcaption className="mt-1 flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden>
          {series.map((s) => (
            <span key={s.key} className="inline-flex items-center gap-1.5">
              <svg width="12" height="12" aria-hidden>
                <rect width="12" height="12" rx="2" fill={FILL[s.tone]} />
              </svg>
              {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
