import type { ComponentProps, ReactNode } from "react";
import { table } from "./styles";

export type Column = ReactNode | { label: ReactNode; className?: string; hidden?: boolean };

/**
 * A table in a wrapper that scrolls sideways on narrow screens: its caption names it (shown, or
 * for screen readers only when a heading above already says it), `columns` become header cells
 * with scope="col"; rows use Row, RowHeader (scope="row") and Cell.
 */
export function Table({
  caption,
  captionHidden = false,
  columns,
  className,
  wrapperClassName,
  headClassName,
  children,
  ...rest
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column[];
  wrapperClassName?: string;
  headClassName?: string;
  children: ReactNode;
} & ComponentProps<"table">) {
  return (
    <div className={wrapperClassName ? `${table.wrapper} ${wrapperClassName}` : table.wrapper}>
      <table className={className ? `${table.table} ${className}` : table.table} {...rest}>
        <caption className={captionHidden ? "sr-only" : table.caption}>{caption}</caption>
        <thead className={headClassName ?? table.head}>
          <tr>
            {columns.map((column, i) => {
              const c = typeof column === "object" && column !== null && "label" in column ? column : { label: column };
              return (
                <th key={i} scope="col" className={c.className ?? table.headerCell}>
                  {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A table row with the table's separators; `className` adds to them. */
export function Row({ className, ...rest }: ComponentProps<"tr">) {
  return <tr className={className ? `${table.row} ${className}` : table.row} {...rest} />;
}

/** The first cell of a row, naming it (scope="row"); `className` replaces the default look. */
export function RowHeader({ className, ...rest }: ComponentProps<"th">) {
  return <th scope="row" className={className ?? table.rowHeader} {...rest} />;
}

/** A data cell; `className` replaces the default padding. */
export function Cell({ className, ...rest }: ComponentProps<"td">) {
  return <td className={className ?? table.cell} {...rest} />;
}
