"use client";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { control, link } from "@/components/ui/styles";
import { Cell, Row, RowHeader } from "@/components/ui/table";
import { grantRoleAction } from "@/lib/actions/grant-role";
import { revokeRoleAction } from "@/lib/actions/revoke-role";
import { setPersonDisabledAction } from "@/lib/actions/set-person-disabled";
import type { ActionResult } from "@/lib/actions/run-action";
import { ROLES, type Role } from "@/lib/domain/roles";

export type PersonRowData = {
  id: string;
  name: string | null;
  email: string;
  roles: Role[];
  status: "active" | "disabled" | "left";
  staffIndexNumber?: string | null;
};

/**
 * One person of /admin/people: name, e-mail, roles (granted and revoked here) and the disable
 * button. A person's own page shows the row for its roles only (`withAccess={false}`): its access
 * card already offers disabling and recording a departure.
 */
export function PersonRow({ person, withAccess = true }: { person: PersonRowData; withAccess?: boolean }) {
  const t = useTranslations("adminPeople");
  const ts = useTranslations("people.status");
  const tl = useTranslations("people.list");
  const disabled = person.status !== "active";
  const tr = useTranslations("roles");
  const [grantState, grant, granting] = useActionState<ActionResult | null, FormData>(grantRoleAction, null);
  const [revokeState, revoke, revoking] = useActionState<ActionResult | null, FormData>(revokeRoleAction, null);
  const [disableState, toggle, toggling] = useActionState<ActionResult | null, FormData>(setPersonDisabledAction, null);
  const error = [grantState, revokeState, disableState].find((s) => s && !s.ok) as { error: string } | undefined;
  const missing = ROLES.filter((r) => !person.roles.includes(r));
  const busy = granting || revoking || toggling;
  return (
    <Row className="align-top" data-testid="person-row" data-email={person.email}>
      <RowHeader className="py-3 pr-4 text-left font-medium">
        <Link href={`/admin/people/${person.id}`} className={link}>
          {person.name ?? "—"}
        </Link>
        {disabled && (
          <Badge tone={person.status === "left" ? "warning" : "danger"} className="ml-2">
            {ts(person.status)}
          </Badge>
        )}
        {error && (
          <Alert tone="error" plain className="mt-1">
            {error.error}
          </Alert>
        )}
      </RowHeader>
      <Cell className="py-3 pr-4 text-slate-600">
        {person.email}
        {person.staffIndexNumber && (
          <span className="block text-xs text-slate-600">
            {tl("staffIndex")} {person.staffIndexNumber}
          </span>
        )}
      </Cell>
      <Cell className="py-3 pr-4">
        <ul className="flex flex-wrap gap-1">
          {person.roles.map((role) => (
            <li key={role}>
              <form
                action={revoke}
                className="inline-flex items-center gap-1 rounded-full bg-brand-100 py-0.5 pl-2.5 pr-1 text-sm text-brand-900"
              >
                <input type="hidden" name="userId" value={person.id} />
                <input type="hidden" name="role" value={role} />
                {tr(role)}
                <button
                  type="submit"
                  disabled={busy}
                  aria-label={t("remove", { role: tr(role) })}
                  className="rounded-full px-1.5 hover:bg-brand-600 hover:text-white"
                >
                  ×
                </button>
              </form>
            </li>
          ))}
        </ul>
      </Cell>
      <Cell className="py-3">
        <div className="flex flex-wrap items-center gap-2">
          {missing.length > 0 && (
            <form action={grant} className="flex items-center gap-1">
              <input type="hidden" name="userId" value={person.id} />
              <label className="sr-only" htmlFor={`grant-${person.id}`}>
                {t("grantRole")}
              </label>
              <select id={`grant-${person.id}`} name="role" className={control.inline}>
                {missing.map((r) => (
                  <option key={r} value={r}>
                    {tr(r)}
                  </option>
                ))}
              </select>
              <Button type="submit" size="sm" disabled={busy}>
                {t("grant")}
              </Button>
            </form>
          )}
          {withAccess && (
            <form action={toggle}>
              <input type="hidden" name="userId" value={person.id} />
              <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
              <Button type="submit" variant="secondary" size="sm" disabled={busy}>
                {disabled ? t("enable") : t("disable")}
              </Button>
            </form>
          )}
        </div>
      </Cell>
    </Row>
  );
}
