import type { ReferenceKind } from "../../domain/reference-data";
import type { Prisma } from "../../generated/prisma/client";

/** The audit row's target type of each kind of reference data. */
export const REFERENCE_TARGET: Record<ReferenceKind, Prisma.ModelName> = {
  entity: "Entity",
  dutyStation: "DutyStation",
  network: "ProfessionalNetwork",
};
