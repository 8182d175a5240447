// The attestation of a coach's contribution, to count it as a development activity (seed 000).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContributionAttestation } from "@/components/attestation/contribution-attestation";
import { parseContributionYear } from "@/lib/domain/contribution";
import { loadContributionAttestation } from "@/lib/server/attestation/load-contribution";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contributionAttestation");
  return { title: t("pageTitle.coach") };
}

export default async function CoachAttestationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("record:supervision:own", "/coach/attestation");
  const year = parseContributionYear((await searchParams).year);
  const attestation = await loadContributionAttestation(db(), user, "coach", year);
  return <ContributionAttestation attestation={attestation} path="/coach/attestation" />;
}
