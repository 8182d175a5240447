import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { PublishButton } from "@/components/resources/publish-button";
import { RemoveFileButton } from "@/components/resources/remove-file-button";
import { ResourceFileForm } from "@/components/resources/resource-file-form";
import { ResourceForm } from "@/components/resources/resource-form";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { resourceText } from "@/lib/domain/resources";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadAdminResource, loadResourceProgrammes } from "@/lib/server/resources/load-resources";
import { isRecordId } from "@/lib/validation/record-id";
import { planSteps } from "../plan-steps";

const STATUS_TONE = { published: "success", draft: "warning", unpublished: "neutral" } as const;

export default async function AdminResourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requirePermission("manage:resources:any", `/admin/resources/${encodeURIComponent(id)}`);
  if (!isRecordId(id)) notFound();
  const [t, localeRaw, resource, programmes, plans] = await Promise.all([
    getTranslations("resources.admin"),
    getLocale(),
    loadAdminResource(db(), user, id),
    loadResourceProgrammes(db(), user),
    planSteps(),
  ]);
  if (!resource) notFound();
  const locale = localeRaw === "fr" ? "fr" : "en";
  const text = resourceText(resource, locale);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/resources">{t("back")}</BackLink>
      <PageHeader title={t("editTitle")} />
      <p className="flex flex-wrap items-center gap-2 text-lg">
        <span lang={text.lang !== locale ? text.lang : undefined}>{text.title}</span>
        <Badge tone={STATUS_TONE[resource.status]}>{t(`status.${resource.status}`)}</Badge>
      </p>
      {saved ? (
        <Alert tone="success" role="status" size="md">
          {t("saved")}
        </Alert>
      ) : null}
      {resource.status === "draft" ? (
        <Alert tone="warning" size="md">
          {t("draftNotice")}
        </Alert>
      ) : resource.status === "unpublished" ? (
        <Alert tone="warning" size="md">
          {t("unpublishedNotice")}
        </Alert>
      ) : null}
      <Card as="div">
        <ResourceForm
          resourceId={resource.id}
          hasFile={resource.fileName !== null}
          programmes={programmes.map((p) => ({ id: p.id, name: localized(p, "name", locale), plan: p.sessionPlan }))}
          plans={plans}
          values={{
            programmeId: resource.programmeId ?? "",
            titleEn: resource.titleEn,
            titleFr: resource.titleFr,
            descriptionEn: resource.descriptionEn,
            descriptionFr: resource.descriptionFr,
            languages: resource.languages,
            tags: resource.tags.join(", "),
            kind: resource.kind,
            url: resource.url ?? "",
            stepKeys: resource.stepKeys,
          }}
        />
      </Card>
      <Card as="section" aria-labelledby="resource-file-title">
        <h2 id="resource-file-title" className="text-lg font-semibold">
          {t("fileTitle")}
        </h2>
        {resource.fileName ? (
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <p>
              {t("currentFile")}{" "}
              <a href={`/resources/${resource.id}/file`} download className={link}>
                {resource.fileName}
              </a>
            </p>
            <RemoveFileButton resourceId={resource.id} fileName={resource.fileName} />
          </div>
        ) : null}
        <div className="mt-3">
          <ResourceFileForm resourceId={resource.id} />
        </div>
      </Card>
      <Card as="section" aria-labelledby="resource-visibility-title">
        <h2 id="resource-visibility-title" className="mb-2 text-lg font-semibold">
          {t("visibility")}
        </h2>
        <PublishButton resourceId={resource.id} published={resource.status !== "unpublished"} />
      </Card>
    </div>
  );
}
