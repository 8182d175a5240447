"use client";
import { useActionState, useId, useRef, useState } from "react";
import { ActionResultMessage, Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { control } from "@/components/ui/styles";
import type { ActionResult } from "@/lib/actions/run-action";
import { createScimTokenAction, revokeScimTokenAction, type CreateScimTokenResult } from "@/lib/actions/scim-tokens";
import { SCIM_TOKEN_NAME_MAX } from "@/lib/validation/scim";

// The interactive parts of /admin/provisioning. Their texts come translated from the page (the
// "adminProvisioning" namespace stays on the server).

export type CopyLabels = { copy: string; copied: string; selected: string };

/**
 * A value to copy (the SCIM base URL, a new token): shown in a read-only field, with a button
 * that copies it (or, where the browser does not allow it, selects it for the person to copy).
 */
export function CopyField({
  label,
  value,
  labels,
  testId,
}: {
  label: string;
  value: string;
  labels: CopyLabels;
  testId?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      input.current?.select();
      setCopied("selected");
    }
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
          className={`${control.normal} mt-0 max-w-xl flex-1 font-mono text-sm`}
        />
        <Button variant="secondary" size="sm" onClick={copy}>
          {labels.copy}
        </Button>
        <span role="status" className="text-sm text-slate-600">
          {copied ? labels[copied] : ""}
        </span>
      </div>
    </div>
  );
}

export type CreateTokenLabels = {
  name: string;
  nameHint: string;
  create: string;
  creating: string;
  /** "{name}" is replaced by the token's name. */
  createdTitle: string;
  createdOnce: string;
  tokenLabel: string;
  copy: CopyLabels;
};

/** Creates a token and shows it once. */
export function CreateScimTokenForm({ labels }: { labels: CreateTokenLabels }) {
  const [state, create, creating] = useActionState<CreateScimTokenResult | null, FormData>(createScimTokenAction, null);
  const refusal = state && !state.ok ? state : null;
  const nameError =
    refusal && "fieldErrors" in refusal ? (refusal.fieldErrors as Record<string, string>).name : undefined;
  return (
    <div className="space-y-4">
      <form action={create} className="flex flex-wrap items-end gap-2" noValidate>
        <TextField
          id="scim-token-name"
          name="name"
          label={labels.name}
          hint={labels.nameHint}
          error={nameError ? { message: nameError, type: "server" } : undefined}
          required
          maxLength={SCIM_TOKEN_NAME_MAX}
          autoComplete="off"
          className="min-w-64 flex-1"
        />
        <Button type="submit" pending={creating} pendingLabel={labels.creating} className="mb-0.5">
          {labels.create}
        </Button>
      </form>
      {refusal && !nameError && <Alert tone="error">{refusal.error}</Alert>}
      {state?.ok && (
        <Alert tone="success" role="status" data-testid="new-scim-token">
          <p className="font-medium">{labels.createdTitle.replace("{name}", state.name)}</p>
          <p className="mb-3">{labels.createdOnce}</p>
          <CopyField label={labels.tokenLabel} value={state.token} labels={labels.copy} testId="new-scim-token-value" />
        </Alert>
      )}
    </div>
  );
}

export function RevokeScimTokenButton({
  tokenId,
  label,
  ariaLabel,
}: {
  tokenId: string;
  label: string;
  ariaLabel: string;
}) {
  const [state, revoke, revoking] = useActionState<ActionResult | null, FormData>(revokeScimTokenAction, null);
  return (
    <form action={revoke} className="space-y-1">
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button type="submit" variant="secondary" tone="danger" size="sm" pending={revoking} aria-label={ariaLabel}>
        {label}
      </Button>
      <ActionResultMessage result={state} />
    </form>
  );
}
