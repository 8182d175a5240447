import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { isDatabaseUnavailable } from "../../db/errors";
import { checkImport, MAX_IMPORT_ROWS, type ImportPlan, type SupervisorRef } from "../../domain/people-import";
import { detectImportKind, ImportFileError, readImportFile } from "../../domain/people-import-file";
import type { Prisma } from "../../generated/prisma/client";
import { logError, logInfo } from "../../log";
import { audit } from "../audit";
import { TX_OPTIONS, type Tx } from "../db/transaction";
import { kickOutbox } from "../outbox-worker";
import { fileStorage, peek, type FileStorage } from "../storage/file-storage";
import { recordDeparture } from "./record-departure";
import { loadImportReference } from "./import-reference";

/** How long an instance holds an import it applies; renewed at every batch, taken over by another instance once it lapses. */
export const IMPORT_LEASE_MS = 120_000;
/** People created or updated per transaction. */
const BATCH = 1000;
/** Departures per transaction (each ends sessions, requests, engagements…). */
const DEPARTURE_BATCH = 25;

class LeaseLost extends Error {}

export type ApplyOutcome = "applied" | "failed" | "busy";

/**
 * Applies a confirmed HR file (status "applying"), once, whichever instance runs it: the import is
 * claimed by one conditional update of its lease; every batch renews the lease in its own
 * transaction, and stops if another instance took it over. The file is read again and compared
 * with the database as it is now, so an interrupted apply resumes where it stopped (what was
 * written is then unchanged) and a second apply of the same file changes nothing. A file that now
 * has row errors (the database changed since the preview) fails before anything is written.
 */
export async function applyPeopleImport(
  prisma: Db,
  importId: string,
  options: { storage?: FileStorage; now?: () => Date } = {},
): Promise<ApplyOutcome> {
  const storage = options.storage ?? fileStorage();
  const clock = options.now ?? (() => new Date());
  const claimedAt = clock();
  let lease = new Date(claimedAt.getTime() + IMPORT_LEASE_MS);
  const { count } = await prisma.peopleImport.updateMany({
    where: { id: importId, status: "applying", OR: [{ leaseUntil: null }, { leaseUntil: { lt: claimedAt } }] },
    data: { leaseUntil: lease },
  });
  if (count !== 1) return "busy";

  const job = await prisma.peopleImport.findUniqueOrThrow({ where: { id: importId } });
  /** Counts the work done, renews the lease; throws LeaseLost (rolling the batch back) if another instance holds it. */
  const progress = async (tx: Tx, done: number) => {
    const next = new Date(clock().getTime() + IMPORT_LEASE_MS);
    const renewed = await tx.peopleImport.updateMany({
      where: { id: importId, status: "applying", leaseUntil: lease },
      data: { processedRows: { increment: done }, leaseUntil: next },
    });
    if (renewed.count !== 1) throw new LeaseLost();
    return () => (lease = next);
  };
  const batch = async (work: (tx: Tx) => Promise<number>) => {
    const commit = await prisma.$transaction(async (tx) => progress(tx, await work(tx)), TX_OPTIONS);
    commit();
  };
  const fail = async (data: Prisma.PeopleImportUpdateManyMutationInput) => {
    await prisma.peopleImport.updateMany({
      where: { id: importId, leaseUntil: lease },
      data: { status: "failed", leaseUntil: null, ...data },
    });
    await storage.remove(job.storageKey).catch((e) => logError("storage.remove", e, { key: job.storageKey }));
    return "failed" as const;
  };

  try {
    const opened = await storage.open(job.storageKey);
    if (!opened) return await fail({});
    const { head, stream } = await peek(opened.stream, 8);
    const kind = detectImportKind(head);
    if (!kind) return await fail({});
    let plan: ImportPlan;
    try {
      const rows = await readImportFile(stream, kind, MAX_IMPORT_ROWS);
      plan = checkImport(rows, await loadImportReference(prisma), { actorId: job.createdById });
    } catch (error) {
      if (error instanceof ImportFileError) return await fail({});
      throw error;
    }
    if (plan.errors.length > 0)
      return await fail({
        errorCount: plan.errors.length,
        errors: plan.errors as unknown as Prisma.InputJsonValue,
      });
    // A fresh start takes the counts of the database as it is now (they drive the progress bar).
    if (job.processedRows === 0)
      await prisma.peopleImport.update({
        where: { id: importId },
        data: {
          newCount: plan.counts.newCount,
          changedCount: plan.counts.changedCount,
          unchangedCount: plan.counts.unchangedCount,
          missingCount: plan.counts.missingCount,
        },
      });
    const timings = await write(plan, job.fullList, job.createdById, batch, clock);

    const final = await prisma.$transaction(async (tx) => {
      const done = await tx.peopleImport.updateMany({
        where: { id: importId, status: "applying", leaseUntil: lease },
        data: { status: "applied", appliedAt: clock(), leaseUntil: null },
      });
      if (done.count !== 1) throw new LeaseLost();
      const row = await tx.peopleImport.findUniqueOrThrow({ where: { id: importId } });
      await audit(tx, {
        actorId: row.createdById,
        action: "people.import",
        targetType: "PeopleImport",
        targetId: importId,
        data: {
          fileName: row.fileName,
          fullList: row.fullList,
          totalRows: row.totalRows,
          newCount: row.newCount,
          changedCount: row.changedCount,
          unchangedCount: row.unchangedCount,
          missingCount: row.missingCount,
          deactivated: row.fullList ? row.missingCount : 0,
          processedRows: row.processedRows,
        },
      });
      return row;
    }, TX_OPTIONS);
    await storage.remove(job.storageKey).catch((e) => logError("storage.remove", e, { key: job.storageKey }));
    logInfo("people.import", { importId, rows: final.totalRows, written: final.processedRows, ...timings });
    return "applied";
  } catch (error) {
    if (error instanceof LeaseLost) return "busy";
    // A database out of reach: the lease lapses and the import resumes (a job picks it up).
    if (isDatabaseUnavailable(error)) throw error;
    logError("people.import.failed", error, { importId });
    return await fail({});
  } finally {
    void kickOutbox();
  }
}

/** Writes the plan in batches: new people, then changes, then supervisors of new people, then departures. */
async function write(
  plan: ImportPlan,
  fullList: boolean,
  actorId: string | null,
  batch: (work: (tx: Tx) => Promise<number>) => Promise<void>,
  clock: () => Date,
): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  let phase = performance.now();
  const lap = (name: string) => {
    timings[`${name}Ms`] = Math.round(performance.now() - phase);
    phase = performance.now();
  };
  // Ids are made here, so that supervisors who are new too can be linked without reading them back.
  const created = new Map(plan.creates.map((p) => [p.staffIndexNumber, randomUUID()]));
  const now = clock();
  for (let i = 0; i < plan.creates.length; i += BATCH) {
    const chunk = plan.creates.slice(i, i + BATCH);
    await batch(async (tx) => {
      const column = <T>(pick: (p: (typeof chunk)[number]) => T) => chunk.map(pick);
      // One statement per batch (createMany's parameters grow with every column of every row).
      await tx.$executeRaw`
        INSERT INTO "User" ("id", "email", "name", "staffIndexNumber", "entityId", "dutyStationId",
          "appointmentType", "gender", "languages", "timeZone", "supervisorId", "createdAt", "updatedAt")
        SELECT d.id, d.email, d.name, d.staff_index, d.entity_id, d.duty_station_id,
          d.appointment_type::"AppointmentType", d.gender::"Gender", string_to_array(d.languages, ','),
          d.time_zone, d.supervisor_id, ${now}, ${now}
        FROM unnest(
          ${column((p) => created.get(p.staffIndexNumber)!)}::text[],
          ${column((p) => p.email)}::text[],
          ${column((p) => p.name)}::text[],
          ${column((p) => p.staffIndexNumber)}::text[],
          ${column((p) => p.entityId)}::text[],
          ${column((p) => p.dutyStationId)}::text[],
          ${column((p) => p.appointmentType)}::text[],
          ${column((p) => p.gender)}::text[],
          ${column((p) => p.languages.join(","))}::text[],
          ${column((p) => p.timeZone)}::text[],
          ${column((p) => (p.supervisor && "id" in p.supervisor ? p.supervisor.id : null))}::text[]
        ) AS d(id, email, name, staff_index, entity_id, duty_station_id, appointment_type, gender, languages, time_zone, supervisor_id)`;
      return chunk.length;
    });
  }
  lap("create");
  const supervisorId = (ref: SupervisorRef): string | null =>
    ref === null ? null : "id" in ref ? ref.id : (created.get(ref.staffIndex) ?? null);

  for (let i = 0; i < plan.updates.length; i += BATCH) {
    const chunk = plan.updates.slice(i, i + BATCH);
    await batch(async (tx) => {
      const column = <T>(pick: (u: (typeof chunk)[number]) => T) => chunk.map(pick);
      // One statement per batch: each row's values side by side in arrays (unnest), languages as "en,fr".
      await tx.$executeRaw`
        UPDATE "User" AS u SET
          "email" = d.email,
          "name" = d.name,
          "staffIndexNumber" = d.staff_index,
          "entityId" = d.entity_id,
          "dutyStationId" = d.duty_station_id,
          "appointmentType" = d.appointment_type::"AppointmentType",
          "gender" = d.gender::"Gender",
          "languages" = string_to_array(d.languages, ','),
          "supervisorId" = d.supervisor_id,
          "leftAt" = CASE WHEN d.returns THEN NULL ELSE u."leftAt" END,
          "disabledAt" = CASE WHEN d.returns THEN NULL ELSE u."disabledAt" END,
          "updatedAt" = ${now}
        FROM unnest(
          ${column((u) => u.id)}::text[],
          ${column((u) => u.email)}::text[],
          ${column((u) => u.name)}::text[],
          ${column((u) => u.staffIndexNumber)}::text[],
          ${column((u) => u.entityId)}::text[],
          ${column((u) => u.dutyStationId)}::text[],
          ${column((u) => u.appointmentType)}::text[],
          ${column((u) => u.gender)}::text[],
          ${column((u) => u.languages.join(","))}::text[],
          ${column((u) => supervisorId(u.supervisor))}::text[],
          ${column((u) => u.returns)}::boolean[]
        ) AS d(id, email, name, staff_index, entity_id, duty_station_id, appointment_type, gender, languages, supervisor_id, returns)
        WHERE u."id" = d.id`;
      return chunk.length;
    });
  }

  lap("update");
  // New people whose supervisor is a new person too: linked once both exist.
  const links = plan.creates.flatMap((p) =>
    p.supervisor && "staffIndex" in p.supervisor
      ? [{ id: created.get(p.staffIndexNumber)!, boss: created.get(p.supervisor.staffIndex)! }]
      : [],
  );
  for (let i = 0; i < links.length; i += BATCH) {
    const chunk = links.slice(i, i + BATCH);
    await batch(async (tx) => {
      await tx.$executeRaw`
        UPDATE "User" AS u SET "supervisorId" = d.boss
        FROM unnest(${chunk.map((l) => l.id)}::text[], ${chunk.map((l) => l.boss)}::text[]) AS d(id, boss)
        WHERE u."id" = d.id`;
      return 0;
    });
  }
  lap("supervisors");
  const leaving = [...new Set([...plan.leaving, ...(fullList ? plan.missing : [])])];
  const updated = new Set(plan.updates.map((u) => u.id));
  for (let i = 0; i < leaving.length; i += DEPARTURE_BATCH) {
    const chunk = leaving.slice(i, i + DEPARTURE_BATCH);
    await batch(async (tx) => {
      for (const personId of chunk) await recordDeparture(tx, { personId, via: "import", actorId }, clock());
      // A person both changed and leaving was counted once, with the changes.
      return chunk.filter((id) => !updated.has(id)).length;
    });
  }
  lap("departures");
  return timings;
}

type ImportsState = { running?: Set<string> };
const state = globalThis as unknown as { binomePeopleImports?: ImportsState };

/** Starts applying a confirmed import in the background of this server (not tied to the request that confirmed it). */
export function applyInBackground(prisma: Db, importId: string): Promise<ApplyOutcome | null> {
  state.binomePeopleImports ??= {};
  const running = (state.binomePeopleImports.running ??= new Set());
  if (running.has(importId)) return Promise.resolve(null);
  running.add(importId);
  return applyPeopleImport(prisma, importId)
    .catch((error) => {
      if (!isDatabaseUnavailable(error)) logError("people.import.failed", error, { importId });
      return null;
    })
    .finally(() => running.delete(importId));
}

/** The job: confirmed imports that no instance applies (never started, or their instance stopped) are applied. */
export async function resumePeopleImports(prisma: Db, now: Date): Promise<{ applied: number; failed: number }> {
  const waiting = await prisma.peopleImport.findMany({
    where: { status: "applying", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const done = { applied: 0, failed: 0 };
  for (const { id } of waiting) {
    const outcome = await applyInBackground(prisma, id);
    if (outcome === "applied") done.applied++;
    if (outcome === "failed") done.failed++;
  }
  return done;
}
