import type { ComponentProps, ReactNode } from "react";
import { Field, controlClass, type Compact, type FieldFrame } from "./field";

export type SelectOption = { value: string | number; label: ReactNode };

/**
 * A labelled select of `options`; `placeholder` adds an empty first option ("Choose…", "Any").
 * Same wiring as TextField.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  optionalText,
  className,
  compact,
  options,
  placeholder,
  children,
  ...select
}: FieldFrame &
  Compact & {
    options: readonly SelectOption[];
    placeholder?: ReactNode;
    /** Further options after `options` (an optgroup, say). */
    children?: ReactNode;
  } & Omit<ComponentProps<"select">, "id" | "className" | "children">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optionalText={optionalText} className={className}>
      {(aria) => (
        <select {...aria} className={controlClass(compact)} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}
