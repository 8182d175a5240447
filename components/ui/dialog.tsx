"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { dialog } from "./styles";

type ConfirmDialogProps = {
  /** Shown while true; Escape, Cancel (and a successful confirmation, by the caller) close it. */
  open: boolean;
  onCancel: () => void;
  /** The dialog's title; without one, the message names it. */
  title?: ReactNode;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  /** Red for an irreversible step (default), brand colour for a choice that can be made again. */
  tone?: "danger" | "primary";
  pending?: boolean;
  pendingLabel?: ReactNode;
  /** The refusal of the last attempt, shown in the dialog. */
  error?: string;
} & (
  | { onConfirm: () => void; action?: never; fields?: never }
  | {
      /** A form's server action (useActionState) posted by the confirm button, with `fields` as hidden inputs. */
      action: (form: FormData) => void;
      fields: Record<string, string>;
      onConfirm?: never;
    }
);

/**
 * "Are you sure?" before a step that cannot be undone: a native modal <dialog> (focus kept inside,
 * Escape cancels), opened on Cancel's button so a slip of the Enter key does no harm, and focus
 * back on what opened it when it closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({
  onCancel,
  title,
  children,
  confirmLabel,
  cancelLabel,
  tone = "danger",
  pending = false,
  pendingLabel,
  error,
  onConfirm,
  action,
  fields,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  // The latest onCancel, for the dialog's close event, without opening the dialog again.
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.showModal();
    cancelRef.current?.focus();
    // Escape closes the native dialog; the caller's state follows.
    const onClose = () => cancel.current();
    box.addEventListener("close", onClose);
    return () => {
      box.removeEventListener("close", onClose);
      if (box.open) box.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const buttons = (
    <div className={dialog.actions}>
      <Button ref={cancelRef} variant="secondary" disabled={pending} onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button
        type={action ? "submit" : "button"}
        variant={tone === "danger" ? "danger" : "primary"}
        pending={pending}
        pendingLabel={pendingLabel}
        onClick={onConfirm}
      >
        {confirmLabel}
      </Button>
    </div>
  );
  return (
    <dialog
      ref={ref}
      className={dialog.box}
      aria-labelledby={title ? `${id}-title` : `${id}-message`}
      aria-describedby={title ? `${id}-message` : undefined}
    >
      {title && (
        <h2 id={`${id}-title`} className={dialog.title}>
          {title}
        </h2>
      )}
      <div id={`${id}-message`} className={title ? "mt-2 text-slate-700" : "text-slate-800"}>
        {children}
      </div>
      <Alert tone="error" className="mt-3">
        {error}
      </Alert>
      {action ? (
        <form action={action}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {buttons}
        </form>
      ) : (
        buttons
      )}
    </dialog>
  );
}
