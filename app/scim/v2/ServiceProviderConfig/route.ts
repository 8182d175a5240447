import { serviceProviderConfig } from "@/lib/domain/scim-discovery";
import { scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";

// What this SCIM server supports (RFC 7644 §4): readable without a token.
export async function GET(request: Request) {
  return scimRoute(request, async () => scimJson(serviceProviderConfig(scimBaseUrl())), { open: true });
}
