import { ScimError } from "@/lib/domain/scim-user";
import { scimRoute } from "@/lib/server/scim/http";

// Anything else under /scim/v2 (Groups, Bulk, /Me…): a SCIM 404 after authentication, not a page.
async function unsupported(request: Request) {
  return scimRoute(request, async () => {
    const path = new URL(request.url).pathname.replace(/^\/scim\/v2/, "");
    throw new ScimError(
      404,
      `'${path.slice(0, 200)}' is not supported: this server provisions Users only (no Groups).`,
    );
  });
}

export { unsupported as GET, unsupported as POST, unsupported as PUT, unsupported as PATCH, unsupported as DELETE };
