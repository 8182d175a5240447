// A card that leads a coach or mentor to the attestation of their contribution.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";

export async function AttestationLinkCard({ role }: { role: "coach" | "mentor" }) {
  const t = await getTranslations("contributionAttestation.card");
  return (
    <Card heading={t("heading")} headingId="contribution-attestation-card" lead={t(`lead.${role}`)}>
      <p className="mt-3">
        <Link href={`/${role}/attestation`} className={link}>
          {t("link")}
        </Link>
      </p>
    </Card>
  );
}
