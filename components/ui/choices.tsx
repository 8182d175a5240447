import type { ComponentProps, ReactNode } from "react";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { describedBy, FieldErrorText, type FieldProblem } from "./field";
import { choice, hint as hintClass, legend as legendClass } from "./styles";

/**
 * A fieldset of radio buttons or checkboxes: legend, hint and error. The invalid state and the
 * messages belong to the group (aria-invalid, aria-describedby), not to each input.
 */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  className,
  legendClassName = legendClass,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FieldProblem;
  className?: string;
  /** A group that stands as a form's question may read larger than a label. */
  legendClassName?: string;
  children: ReactNode;
}) {
  const invalid = Boolean(typeof error === "string" ? error : error?.message);
  return (
    <fieldset
      className={className ?? "min-w-0"}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy(id, { hint: Boolean(hint), error: invalid })}
    >
      <legend className={legendClassName}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      {children}
      <FieldErrorText id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** One radio button or checkbox with its label; takes `register(name)` or plain input props. */
export function Choice({
  label,
  className,
  ...input
}: { label: ReactNode; className?: string } & Omit<ComponentProps<"input">, "className">) {
  return (
    <label className={className ? `${choice.label} ${className}` : choice.label}>
      <input className={choice.input} {...input} />
      <span>{label}</span>
    </label>
  );
}

const COLUMNS = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" } as const;

/**
 * Radio buttons or checkboxes of `options` under one name, in columns: react-hook-form collects
 * checked boxes as an array.
 */
export function ChoiceList<T extends FieldValues>({
  type = "checkbox",
  legend,
  hint,
  name,
  options,
  register,
  error,
  columns = 2,
  idPrefix = "",
}: {
  type?: "checkbox" | "radio";
  legend: ReactNode;
  hint?: ReactNode;
  name: Path<T>;
  options: readonly { value: string; label: ReactNode }[];
  register: UseFormRegister<T>;
  error?: FieldProblem;
  columns?: 1 | 2 | 3;
  /** Keeps ids apart when two forms of a page have a field of the same name. */
  idPrefix?: string;
}) {
  return (
    <ChoiceGroup id={`${idPrefix}${name}`} legend={legend} hint={hint} error={error}>
      <div className={`mt-2 grid gap-x-4 gap-y-1.5 ${COLUMNS[columns]}`}>
        {options.map((o) => (
          <Choice key={o.value} type={type} value={o.value} label={o.label} {...register(name)} />
        ))}
      </div>
    </ChoiceGroup>
  );
}
