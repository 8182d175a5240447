import { notFound } from "next/navigation";
import { MissionPage } from "@/components/missions/mission-page";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadMission, type MissionView } from "@/lib/server/missions/load-mission";

export default async function MissionDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ requested?: string }>;
}) {
  const { id } = await params;
  const { requested } = await searchParams;
  const user = await requireUser(`/missions/${encodeURIComponent(id)}`);
  let view: MissionView;
  try {
    view = await loadMission(db(), user, id);
  } catch (error) {
    // Someone who is not one of the mission's parties learns nothing about it.
    if (error instanceof DomainError) notFound();
    throw error;
  }
  return <MissionPage view={view} timeZone={user.timeZone} requested={Boolean(requested)} />;
}
