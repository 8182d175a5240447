import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";

/** A form's send button (with any other buttons after it), then "✓ Saved." once the last send went through. */
export function SubmitRow({
  label,
  pending,
  pendingLabel,
  done = false,
  doneText,
  children,
}: {
  label: ReactNode;
  pending: boolean;
  pendingLabel?: ReactNode;
  done?: boolean;
  doneText?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
        {label}
      </Button>
      {children}
      {done && !pending && (
        <Alert tone="success" plain>
          ✓ {doneText}
        </Alert>
      )}
    </div>
  );
}
