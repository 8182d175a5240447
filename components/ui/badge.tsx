import type { ComponentProps } from "react";
import { badge, type BadgeTone } from "./styles";

/** A small rounded label for a status or a count; its words say what the colour says. */
export function Badge({ tone = "neutral", className, ...rest }: { tone?: BadgeTone } & ComponentProps<"span">) {
  const classes = `${badge.base} ${badge.tone[tone]}`;
  return <span className={className ? `${classes} ${className}` : classes} {...rest} />;
}
