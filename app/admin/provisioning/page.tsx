import { getFormatter, getTranslations } from "next-intl/server";
import { CopyField, CreateScimTokenForm, RevokeScimTokenButton } from "@/components/admin/scim-tokens";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { env } from "@/lib/env";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { scimBaseUrl } from "@/lib/server/scim/http";
import { listScimTokens } from "@/lib/server/scim/list-scim-tokens";

// SCIM provisioning (docs/scim.md): the base URL a provisioning client (Microsoft Entra ID, Okta…)
// is given, and its bearer tokens: made here, shown once, listed with their last use, revoked.
export default async function ProvisioningPage() {
  const user = await requirePermission("manage:roles:any", "/admin/provisioning");
  const [t, format, tokens] = await Promise.all([
    getTranslations("adminProvisioning"),
    getFormatter(),
    listScimTokens(db(), user),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const copy = { copy: t("copy"), copied: t("copied"), selected: t("selected") };
  const createLabels = {
    name: t("name"),
    nameHint: t("nameHint"),
    create: t("create"),
    creating: t("creating"),
    createdTitle: t("createdTitle", { name: "{name}" }),
    createdOnce: t("createdOnce"),
    tokenLabel: t("tokenLabel"),
    copy,
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card heading={t("endpointTitle")} headingId="scim-endpoint" className="space-y-3">
        <CopyField label={t("baseUrl")} value={scimBaseUrl()} labels={copy} testId="scim-base-url" />
        <p className="text-sm text-slate-600">{t("endpointHint")}</p>
        {env().SCIM_TOKEN && <p className="text-sm text-slate-600">{t("settingTokenSet")}</p>}
      </Card>
      <Card heading={t("newTitle")} headingId="scim-new-token" className="space-y-3">
        <CreateScimTokenForm labels={createLabels} />
      </Card>
      <Card heading={t("listTitle")} headingId="scim-tokens" className="space-y-3">
        {tokens.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <Table
            caption={t("listTitle")}
            captionHidden
            columns={[t("name"), t("created"), t("lastUsed"), t("status"), { label: t("actions"), hidden: true }]}
          >
            {tokens.map((token) => (
              <Row key={token.id} data-testid="scim-token-row" data-name={token.name}>
                <RowHeader className="py-3 pr-4 text-left font-medium">{token.name}</RowHeader>
                <Cell className="py-3 pr-4 text-slate-700">
                  {token.createdBy
                    ? t("createdBy", { date: when(token.createdAt), name: token.createdBy })
                    : when(token.createdAt)}
                </Cell>
                <Cell className="py-3 pr-4 text-slate-700">
                  {token.lastUsedAt ? when(token.lastUsedAt) : t("never")}
                </Cell>
                <Cell className="py-3 pr-4">
                  {token.revokedAt ? (
                    <Badge tone="danger">{t("revokedOn", { date: when(token.revokedAt) })}</Badge>
                  ) : (
                    <Badge tone="success">{t("active")}</Badge>
                  )}
                </Cell>
                <Cell className="py-3">
                  {!token.revokedAt && (
                    <RevokeScimTokenButton
                      tokenId={token.id}
                      label={t("revoke")}
                      ariaLabel={t("revokeNamed", { name: token.name })}
                    />
                  )}
                </Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
