import "server-only";
import type { ImportReference } from "../../domain/people-import";
import type { Reader } from "../db/transaction";

/** What an HR file is compared with: the codes of entities and duty stations, and every person not erased. */
export async function loadImportReference(prisma: Reader): Promise<ImportReference> {
  // One after the other: the caller's client may hold a single connection.
  const entities = await prisma.entity.findMany({ select: { id: true, code: true } });
  const stations = await prisma.dutyStation.findMany({ select: { id: true, code: true, timeZone: true } });
  const people = await prisma.user.findMany({
    where: { anonymisedAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      staffIndexNumber: true,
      entityId: true,
      dutyStationId: true,
      appointmentType: true,
      gender: true,
      languages: true,
      supervisorId: true,
      leftAt: true,
      anonymisedAt: true,
    },
  });
  return {
    entities: new Map(entities.map((e) => [e.code.toUpperCase(), e.id])),
    dutyStations: new Map(stations.map((s) => [s.code.toUpperCase(), { id: s.id, timeZone: s.timeZone }])),
    people: people.map((p) => ({ ...p, languages: p.languages ?? [] })),
  };
}
