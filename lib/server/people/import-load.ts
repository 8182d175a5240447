import "server-only";
import type { Db } from "../../db/client";
import type { ImportRowError } from "../../domain/people-import";
import { can, type Actor } from "../../domain/roles";
import type { PeopleImportStatus } from "../../generated/prisma/enums";
import { DomainError } from "../errors";

export type ImportSummary = {
  id: string;
  fileName: string;
  status: PeopleImportStatus;
  createdAt: Date;
  appliedAt: Date | null;
  createdByName: string | null;
  totalRows: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  missingCount: number;
  errorCount: number;
  fullList: boolean;
  processedRows: number;
  /** The writes applying takes: new and changed people, and those leaving in full-list mode. */
  work: number;
};

export type ImportView = ImportSummary & { errors: ImportRowError[] };

const summarySelect = {
  id: true,
  fileName: true,
  status: true,
  createdAt: true,
  appliedAt: true,
  createdBy: { select: { name: true } },
  totalRows: true,
  newCount: true,
  changedCount: true,
  unchangedCount: true,
  missingCount: true,
  errorCount: true,
  fullList: true,
  processedRows: true,
} as const;

type SummaryRow = Omit<ImportSummary, "createdByName" | "work"> & { createdBy: { name: string | null } | null };

function summaryOf({ createdBy, ...row }: SummaryRow): ImportSummary {
  const work = row.newCount + row.changedCount + (row.fullList ? row.missingCount : 0);
  return { ...row, createdByName: createdBy?.name ?? null, work, processedRows: Math.min(row.processedRows, work) };
}

function assertAdmin(actor: Actor) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
}

/** One import with its row errors (for the preview, its progress and the error report); null when it does not exist. */
export async function loadPeopleImport(prisma: Db, actor: Actor, importId: string): Promise<ImportView | null> {
  assertAdmin(actor);
  const row = await prisma.peopleImport.findUnique({
    where: { id: importId },
    select: { ...summarySelect, errors: true },
  });
  if (!row) return null;
  const { errors, ...rest } = row;
  return { ...summaryOf(rest), errors: Array.isArray(errors) ? (errors as unknown as ImportRowError[]) : [] };
}

/** The latest imports, newest first. */
export async function listPeopleImports(prisma: Db, actor: Actor, take = 10): Promise<ImportSummary[]> {
  assertAdmin(actor);
  const rows = await prisma.peopleImport.findMany({ orderBy: { createdAt: "desc" }, take, select: summarySelect });
  return rows.map(summaryOf);
}
