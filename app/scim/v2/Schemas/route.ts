import { scimList, scimSchemas } from "@/lib/domain/scim-discovery";
import { scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";

// The schemas of a User (RFC 7643 §7): core, enterprise extension, Binôme's staff extension.
export async function GET(request: Request) {
  return scimRoute(request, async () => scimJson(scimList(scimSchemas(scimBaseUrl()))), { open: true });
}
