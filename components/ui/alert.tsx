import type { ComponentProps, ReactNode } from "react";
import { alert, type AlertTone } from "./styles";

type AlertProps = Omit<ComponentProps<"div">, "role"> & {
  tone: AlertTone;
  /**
   * The live-region role: errors are announced at once ("alert"), successes politely ("status");
   * information and warnings shown with the page need none. Pass one to change that.
   */
  role?: "alert" | "status" | "note" | "none";
  /** md for a page's message, sm (default) for one beside a form. */
  size?: "sm" | "md";
  /** Coloured text without a box ("✓ Saved"). */
  plain?: boolean;
  children?: ReactNode;
};

const DEFAULT_ROLE: Record<AlertTone, AlertProps["role"]> = {
  error: "alert",
  success: "status",
  info: "none",
  warning: "none",
};

/** A message in one of four tones with the right live-region role; renders nothing without text. */
export function Alert({ tone, role, size = "sm", plain = false, className, children, ...rest }: AlertProps) {
  if (children === undefined || children === null || children === false || children === "") return null;
  const live = role ?? DEFAULT_ROLE[tone];
  const look = plain ? alert.plain[tone] : `${alert.box[tone]} ${alert.size[size]}`;
  return (
    <div role={live === "none" ? undefined : live} className={className ? `${look} ${className}` : look} {...rest}>
      {children}
    </div>
  );
}

/** The outcome of the last save: "✓ Saved." or the server's refusal (already translated). */
export function ActionResultMessage({
  result,
  success,
}: {
  result: { ok: true } | { ok: false; error: string } | null;
  success?: string;
}) {
  if (!result) return null;
  if (!result.ok) return <Alert tone="error">{result.error}</Alert>;
  return success ? (
    <Alert tone="success" plain>
      ✓ {success}
    </Alert>
  ) : null;
}
