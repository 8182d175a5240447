import { userResourceType } from "@/lib/domain/scim-discovery";
import { ScimError } from "@/lib/domain/scim-user";
import { scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return scimRoute(
    request,
    async () => {
      if (id !== "User") throw new ScimError(404, `Resource type '${id.slice(0, 64)}' is not supported (only User).`);
      return scimJson(userResourceType(scimBaseUrl()));
    },
    { open: true },
  );
}
