import { ProfilePage } from "@/components/directory/profile-page";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function CoachProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("request:coach", `/coaches/${id}`);
  return <ProfilePage id={id} kind="coach" basePath="/coaches" namespace="directory" />;
}
