import { scimList, userResourceType } from "@/lib/domain/scim-discovery";
import { scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";

// The resource types (RFC 7644 §4): User only; groups are not supported.
export async function GET(request: Request) {
  return scimRoute(request, async () => scimJson(scimList([userResourceType(scimBaseUrl())])), { open: true });
}
