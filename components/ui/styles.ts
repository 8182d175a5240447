// The Tailwind classes of the UI primitives, in one place. Components in this folder use them;
// elsewhere, use the components, or these classes when a link must look like a button or a field.

/** A text input, textarea or select; red border when aria-invalid. `compact` suits filter bars. */
export const control = {
  normal:
    "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-slate-900 focus:border-brand-600 aria-[invalid=true]:border-red-600",
  compact:
    "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-brand-600",
  /** Beside a button in a table row. */
  inline: "rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-brand-600",
} as const;

/** A file input with its "Choose file" button drawn in the brand's light tone. */
export const fileControl =
  "mt-1 block w-full min-w-0 text-sm text-slate-700 file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-medium file:text-brand-700 hover:file:bg-brand-100";

export const label = "block text-sm font-medium text-slate-800";
/** A fieldset's legend: reads like a label. */
export const legend = "text-sm font-medium text-slate-800";
/** Help under a label, before the control it explains. */
export const hint = "mt-0.5 text-sm text-slate-600";
export const fieldError = "mt-1 text-sm text-red-700";
/** "(optional)" after a label. */
export const optional = "font-normal text-slate-600";

/** A radio button or checkbox with its label beside it. */
export const choice = {
  label: "flex items-start gap-2 text-sm text-slate-700",
  input: "mt-0.5 h-4 w-4 shrink-0 accent-brand-600",
} as const;

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";
export type ButtonTone = "neutral" | "danger";
export type ButtonSize = "md" | "sm";

const buttonBase = "rounded disabled:cursor-not-allowed disabled:opacity-60";
const buttonLook = {
  primary: "bg-brand-600 font-semibold text-white hover:bg-brand-700",
  danger: "bg-red-700 font-semibold text-white hover:bg-red-800",
  secondary: "border border-slate-300 bg-white font-medium text-slate-700 hover:bg-slate-100",
  "secondary-danger": "border border-red-300 bg-white font-medium text-red-800 hover:bg-red-50",
  quiet: "font-medium text-brand-700 underline hover:text-brand-900",
  "quiet-danger": "font-medium text-red-700 underline hover:text-red-800",
} as const;
const buttonSize: Record<ButtonSize, string> = { md: "px-4 py-2", sm: "px-3 py-1.5 text-sm" };

/**
 * A button's classes: primary (the page's main action), secondary, danger (an irreversible step)
 * or quiet (text only); `tone: "danger"` draws a secondary or quiet button in red.
 */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", tone: ButtonTone = "neutral") {
  const look = tone === "danger" && (variant === "secondary" || variant === "quiet") ? `${variant}-danger` : variant;
  return `${buttonBase} ${buttonLook[look as keyof typeof buttonLook]} ${variant === "quiet" ? "text-sm" : buttonSize[size]}`;
}

/** An inline text link. */
export const link = "font-semibold text-brand-700 underline hover:text-brand-900";

/** White cards on the page's grey background. */
export const card = {
  base: "rounded-lg bg-white shadow-sm",
  padding: { none: "", compact: "p-4", normal: "p-5", roomy: "p-6", spacious: "p-8" },
  heading: { 2: "text-xl font-semibold", 3: "text-lg font-semibold" },
  lead: "mt-1 text-sm text-slate-600",
} as const;

/** A box inside a card: a form's panel (red edged for one that ends something), a list item. */
export const panel = "space-y-3 rounded border border-slate-200 bg-slate-50 p-4";
export const dangerPanel = "space-y-3 rounded border border-red-200 bg-red-50/50 p-4";
export const listItem = "rounded border border-slate-200 p-4";

export type AlertTone = "info" | "success" | "warning" | "error";
export const alert = {
  box: {
    info: "rounded border border-sky-200 bg-sky-50 text-sky-900",
    success: "rounded border border-emerald-200 bg-emerald-50 text-emerald-900",
    warning: "rounded border border-amber-300 bg-amber-50 text-amber-950",
    error: "rounded border border-red-200 bg-red-50 text-red-800",
  },
  /** Without a box: a line of coloured text ("✓ Saved"). */
  plain: {
    info: "text-sm font-medium text-sky-900",
    success: "text-sm font-medium text-emerald-700",
    warning: "text-sm font-medium text-amber-900",
    error: "text-sm font-medium text-red-700",
  },
  size: { sm: "px-3 py-2 text-sm", md: "px-4 py-3" },
} as const;

/** A small rounded label: a status, a count. */
export type BadgeTone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";
export const badge = {
  base: "inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold",
  tone: {
    neutral: "bg-slate-100 text-slate-700",
    brand: "bg-brand-100 text-brand-900",
    info: "bg-sky-100 text-sky-900",
    success: "bg-emerald-100 text-emerald-900",
    warning: "bg-amber-100 text-amber-900",
    danger: "bg-red-100 text-red-900",
  },
} as const;

export const table = {
  wrapper: "overflow-x-auto",
  table: "w-full text-left text-sm",
  caption: "mb-2 text-left text-base font-semibold text-slate-900",
  head: "border-b border-slate-300 text-slate-600",
  headerCell: "py-2 pr-4 font-medium",
  row: "border-b border-slate-200 last:border-0",
  rowHeader: "py-2 pr-4 text-left font-medium",
  cell: "py-2 pr-4",
} as const;

/** The small grey capitals above a title ("TRIPARTITE COACHING"). */
export const eyebrow = {
  brand: "text-xs font-semibold uppercase tracking-wide text-brand-600",
  muted: "text-xs font-semibold uppercase tracking-wide text-slate-600",
} as const;

export const dialog = {
  box: "m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50",
  title: "text-lg font-semibold",
  actions: "mt-4 flex flex-wrap justify-end gap-2",
} as const;
