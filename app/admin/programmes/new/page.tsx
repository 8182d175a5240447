import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/admin/programme-form";
import { PageHeader } from "@/components/page-header";
import { defaultProgrammeSettings } from "@/lib/domain/programme-settings";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function NewProgrammePage() {
  await requirePermission("manage:programme:any", "/admin/programmes/new");
  const t = await getTranslations("adminProgrammes");
  return (
    <div className="space-y-6">
      <Link href="/admin/programmes" className="text-sm font-semibold text-brand-700 underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("form.newTitle")} lead={t("form.newLead")} />
      <div className="rounded-lg bg-white p-5 shadow-sm">
        <ProgrammeForm
          values={{
            slug: "",
            type: "coaching",
            nameEn: "",
            nameFr: "",
            descriptionEn: "",
            descriptionFr: "",
            ...defaultProgrammeSettings("coaching"),
            archived: false,
          }}
        />
      </div>
    </div>
  );
}
