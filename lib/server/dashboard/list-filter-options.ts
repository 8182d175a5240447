import "server-only";
import type { Db } from "../../db/client";

export type Place = { code: string; nameEn: string; nameFr: string };
export type FilterOptions = { entities: Place[]; stations: Place[] };

/** Every entity and duty station, for the dashboard's filters (one query). */
export async function listFilterOptions(prisma: Db): Promise<FilterOptions> {
  const rows = await prisma.$queryRaw<(Place & { kind: string })[]>`
    select 'entity' as kind, code, "nameEn", "nameFr" from "Entity"
    union all select 'station', code, "nameEn", "nameFr" from "DutyStation"`;
  const of = (kind: string) =>
    rows
      .filter((r) => r.kind === kind)
      .map(({ code, nameEn, nameFr }) => ({ code, nameEn, nameFr }))
      .sort((a, b) => a.code.localeCompare(b.code));
  return { entities: of("entity"), stations: of("station") };
}
