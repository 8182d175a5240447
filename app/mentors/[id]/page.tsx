import { ProfilePage } from "@/components/directory/profile-page";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function MentorProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("request:mentor", `/mentors/${id}`);
  return <ProfilePage id={id} kind="mentor" basePath="/mentors" namespace="mentorDirectory" />;
}
