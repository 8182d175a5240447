import { db } from "@/lib/server/db";
import { deleteScimUser } from "@/lib/server/scim/delete-scim-user";
import { getScimUser } from "@/lib/server/scim/get-scim-user";
import { readScimBody, scimBaseUrl, scimJson, scimRoute } from "@/lib/server/scim/http";
import { patchScimUser, replaceScimUser } from "@/lib/server/scim/update-scim-user";

// One SCIM User (RFC 7644 §3.4.1, §3.5, §3.6): read, replace, patch, delete (= the person leaves).

type Context = { params: Promise<{ id: string }> };

const answer = (user: { meta: { version: string } }) => scimJson(user, 200, { ETag: user.meta.version });

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return scimRoute(request, async (client) => answer(await getScimUser(db(), client, id, scimBaseUrl())));
}

export async function PUT(request: Request, { params }: Context) {
  const { id } = await params;
  return scimRoute(request, async (client) =>
    answer(await replaceScimUser(db(), client, id, await readScimBody(request), scimBaseUrl())),
  );
}

export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  return scimRoute(request, async (client) =>
    answer(await patchScimUser(db(), client, id, await readScimBody(request), scimBaseUrl())),
  );
}

export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  return scimRoute(request, async (client) => {
    await deleteScimUser(db(), client, id);
    return scimJson(null, 204);
  });
}
