import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";
import { ImportRefusal } from "./import-refusal";

/**
 * The admin confirms a previewed file: it is marked for applying (which happens in the
 * background: lib/server/people/import-apply.ts). A file with row errors is never applied; in
 * full-list mode the admin must have confirmed the number of people who will leave.
 */
export async function confirmPeopleImport(
  prisma: Db,
  actor: Actor,
  input: { importId: string; fullList: boolean; deactivations?: number | null },
): Promise<void> {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const found = await prisma.peopleImport.findUnique({
    where: { id: input.importId },
    select: { status: true, errorCount: true, missingCount: true },
  });
  if (!found) throw new DomainError("notFound");
  if (found.status !== "previewed") throw new ImportRefusal("notPreviewed");
  if (found.errorCount > 0) throw new ImportRefusal("hasErrors");
  if (input.fullList && found.missingCount > 0 && input.deactivations !== found.missingCount)
    throw new ImportRefusal("confirmDeactivations");
  const { count } = await prisma.peopleImport.updateMany({
    where: { id: input.importId, status: "previewed", errorCount: 0 },
    data: { status: "applying", fullList: input.fullList, processedRows: 0, leaseUntil: null },
  });
  if (count !== 1) throw new ImportRefusal("notPreviewed");
}
