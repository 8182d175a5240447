import type { HTMLAttributes, ReactNode } from "react";
import { card } from "./styles";

type CardProps = Omit<HTMLAttributes<HTMLElement>, "title"> & {
  /** The element: a section (a landmark when it has a heading), or a plain box, list item, aside… */
  as?: "section" | "div" | "article" | "aside" | "li" | "header" | "details";
  /** With `headingId`: the card's title, which also names it (aria-labelledby). */
  heading?: ReactNode;
  headingId?: string;
  /** h2 (default) or h3. */
  level?: 2 | 3;
  /** A title only screen readers read (the card's content shows what it is). */
  headingHidden?: boolean;
  /** A line under the heading. */
  lead?: ReactNode;
  /** Beside the heading, on its right: a count, a status, a link. */
  aside?: ReactNode;
  padding?: keyof typeof card.padding;
};

/** A white card; with a heading it is a named section. */
export function Card({
  as: Element = "section",
  heading,
  headingId,
  level = 2,
  headingHidden = false,
  lead,
  aside,
  padding = "normal",
  className,
  children,
  ...rest
}: CardProps) {
  const H = level === 2 ? "h2" : "h3";
  const title = heading !== undefined && (
    <H id={headingId} className={headingHidden ? "sr-only" : card.heading[level]}>
      {heading}
    </H>
  );
  const classes = [card.base, card.padding[padding], className].filter(Boolean).join(" ");
  return (
    <Element aria-labelledby={heading !== undefined ? headingId : undefined} className={classes} {...rest}>
      {aside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {title}
          {aside}
        </div>
      ) : (
        title
      )}
      {lead && <p className={card.lead}>{lead}</p>}
      {children}
    </Element>
  );
}
