import type { ComponentProps, ReactNode } from "react";
import { buttonClass, type ButtonSize, type ButtonTone, type ButtonVariant } from "./styles";

type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Draws a secondary or quiet button in red: it starts something that cannot be undone. */
  tone?: ButtonTone;
  /** While the action runs: disabled, and `pendingLabel` (e.g. "Saving…") in place of the label. */
  pending?: boolean;
  pendingLabel?: ReactNode;
};

/** A button in one of the four looks (primary, secondary, danger, quiet); type="button" unless said otherwise. */
export function Button({
  variant = "primary",
  size = "md",
  tone = "neutral",
  pending = false,
  pendingLabel,
  type = "button",
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      className={className ? `${buttonClass(variant, size, tone)} ${className}` : buttonClass(variant, size, tone)}
      {...rest}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}
