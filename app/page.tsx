import { Home } from "@/components/home";
import { Landing } from "@/components/landing";
import { getCurrentUser } from "@/lib/server/auth/current-user";

// Signed out: what Binôme is and the programmes on offer. Signed in: the person's next steps.
export default async function IndexPage() {
  const user = await getCurrentUser();
  return user ? <Home user={user} /> : <Landing signedIn={false} />;
}
