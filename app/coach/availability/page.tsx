import { AvailabilityPage } from "@/components/availability/availability-page";
import { requirePermission } from "@/lib/server/auth/current-user";

/** A coach's weekly hours for booking, days away and the confirmation choice. */
export default async function CoachAvailabilityPage() {
  const user = await requirePermission("manage:coach-profile:own", "/coach/availability");
  return <AvailabilityPage user={user} kind="coach" />;
}
