import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { knownKey } from "@/lib/i18n/keys";
import {
  control,
  fieldError,
  hint as hintClass,
  label as labelClass,
  legend as legendClass,
  optional as optionalClass,
} from "./styles";

/**
 * A field's problem: a zod message (a key of the "errors" catalogue, translated here), or a
 * refusal from the server (`type: "server"`), already in the reader's language. react-hook-form's
 * `FieldError` fits as it is.
 */
export type FieldProblem = string | { message?: string; type?: string } | undefined | null;

/** The aria attributes and id a field's control needs, from `Field`. */
export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

export type FieldFrame = {
  id: string;
  label: ReactNode;
  /** Help read before the control (its id joins aria-describedby). */
  hint?: ReactNode;
  error?: FieldProblem;
  /** Shows "(optional)" after the label. */
  optionalText?: string;
  className?: string;
};

/** Translates a field's problem; unknown keys read as the generic "invalid input". */
export function useFieldErrorText() {
  const te = useTranslations("errors");
  return (problem: FieldProblem): string | undefined => {
    const message = typeof problem === "string" ? problem : problem?.message;
    if (!message) return undefined;
    if (typeof problem === "object" && problem?.type === "server") return message;
    return te(knownKey(te, message, "invalidInput"));
  };
}

/** The ids a field's control points to: its hint, then its error. */
export function describedBy(id: string, { hint, error }: { hint?: boolean; error?: boolean }) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** A field's error message under its control, with the id `aria-describedby` names. */
export function FieldErrorText({ id, error }: { id: string; error?: FieldProblem }) {
  const text = useFieldErrorText()(error);
  if (!text) return null;
  return (
    <p id={id} className={fieldError}>
      {text}
    </p>
  );
}

/**
 * Label, hint, control and error message, wired together: the control gets the id, aria-invalid
 * and aria-describedby from `children(control)`. Use TextField, TextAreaField or SelectField for
 * the usual controls; this for any other.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optionalText,
  className,
  children,
}: FieldFrame & { children: (control: ControlProps) => ReactNode }) {
  const invalid = Boolean(typeof error === "string" ? error : error?.message);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
        {optionalText && <span className={optionalClass}> ({optionalText})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy(id, { hint: Boolean(hint), error: invalid }),
      })}
      <FieldErrorText id={`${id}-error`} error={error} />
    </div>
  );
}

/**
 * A fieldset (radio buttons, checkboxes, or fields that belong together): legend, hint and error.
 * The invalid state and the messages belong to the group (aria-invalid, aria-describedby), not to
 * each radio button.
 */
export function FieldGroup({
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

export type Compact = { compact?: boolean };
export const controlClass = (compact?: boolean, className?: string) =>
  [compact ? control.compact : control.normal, className].filter(Boolean).join(" ");

/**
 * A labelled text input. Takes react-hook-form's `register(name)` (ref included) or plain
 * `name`/`defaultValue` for a server-action form.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  optionalText,
  className,
  compact,
  inputClassName,
  ...input
}: FieldFrame & Compact & { inputClassName?: string } & Omit<ComponentProps<"input">, "id" | "className">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optionalText={optionalText} className={className}>
      {(aria) => <input {...aria} className={controlClass(compact, inputClassName)} {...input} />}
    </Field>
  );
}

/** A labelled textarea; same wiring as TextField. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  optionalText,
  className,
  ...textarea
}: FieldFrame & Omit<ComponentProps<"textarea">, "id" | "className">) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optionalText={optionalText} className={className}>
      {(aria) => <textarea {...aria} className={control.normal} {...textarea} />}
    </Field>
  );
}
