import { Landing } from "@/components/landing";
import { getCurrentUser } from "@/lib/server/auth/current-user";

export default async function AboutPage() {
  const user = await getCurrentUser();
  return <Landing signedIn={Boolean(user)} />;
}
