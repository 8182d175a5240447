import { AvailabilityPage } from "@/components/availability/availability-page";
import { requirePermission } from "@/lib/server/auth/current-user";

/** A mentor's weekly hours for booking, days away and the confirmation choice. */
export default async function MentorAvailabilityPage() {
  const user = await requirePermission("manage:mentor-profile:own", "/mentor/availability");
  return <AvailabilityPage user={user} kind="mentor" />;
}
