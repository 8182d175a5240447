import { db } from "@/lib/server/db";
import { createScimUser } from "@/lib/server/scim/create-scim-user";
import { readScimBody, scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";
import { listScimUsers } from "@/lib/server/scim/list-scim-users";

// SCIM 2.0 Users (RFC 7644 §3.3, §3.4.2): list with a filter and paging; create. See docs/scim.md.

export async function GET(request: Request) {
  return scimRoute(request, async (client) => {
    const search = new URL(request.url).searchParams;
    const page = await listScimUsers(
      db(),
      client,
      { filter: search.get("filter"), startIndex: search.get("startIndex"), count: search.get("count") },
      scimBaseUrl(),
    );
    return scimJson(page);
  });
}

export async function POST(request: Request) {
  return scimRoute(request, async (client) => {
    const user = await createScimUser(db(), client, await readScimBody(request), scimBaseUrl());
    return scimJson(user, 201, { Location: user.meta.location, ETag: user.meta.version });
  });
}
