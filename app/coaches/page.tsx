import { DirectoryPage, type Search } from "@/components/directory/directory-page";
import { SuggestionsBlock } from "@/components/suggestions/suggestions-block";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function CoachDirectoryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("request:coach", "/coaches");
  return (
    <DirectoryPage
      kind="coach"
      basePath="/coaches"
      namespace="directory"
      viewerId={user.id}
      searchParams={searchParams}
      suggestions={<SuggestionsBlock kind="coach" user={user} />}
    />
  );
}
