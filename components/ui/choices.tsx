import type { ComponentProps, ReactNode } from "react";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { FieldGroup, type FieldProblem } from "./field";
import { choice } from "./styles";

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
  legendClassName,
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
  legendClassName?: string;
}) {
  return (
    <FieldGroup id={`${idPrefix}${name}`} legend={legend} hint={hint} error={error} legendClassName={legendClassName}>
      <div className={`mt-2 grid gap-x-4 gap-y-1.5 ${COLUMNS[columns]}`}>
        {options.map((o) => (
          <Choice key={o.value} type={type} value={o.value} label={o.label} {...register(name)} />
        ))}
      </div>
    </FieldGroup>
  );
}
