import { scimSchemas } from "@/lib/domain/scim-discovery";
import { ScimError } from "@/lib/domain/scim-user";
import { scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return scimRoute(
    request,
    async () => {
      const schema = scimSchemas(scimBaseUrl()).find((s) => s.id === id);
      if (!schema) throw new ScimError(404, `Schema '${id.slice(0, 200)}' is not supported.`);
      return scimJson(schema);
    },
    { open: true },
  );
}
