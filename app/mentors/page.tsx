import { DirectoryPage, type Search } from "@/components/directory/directory-page";
import { SuggestionsBlock } from "@/components/suggestions/suggestions-block";
import { requirePermission } from "@/lib/server/auth/current-user";

export default async function MentorDirectoryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("request:mentor", "/mentors");
  return (
    <DirectoryPage
      kind="mentor"
      basePath="/mentors"
      namespace="mentorDirectory"
      viewerId={user.id}
      searchParams={searchParams}
      suggestions={<SuggestionsBlock kind="mentor" user={user} />}
    />
  );
}
