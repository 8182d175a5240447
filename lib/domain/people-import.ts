// Importing people from an HR file: which columns a file has (English or French header names),
// what each cell may hold, the errors of each row (with its row number and column), and the
// difference between the file and the people already in the database (new, changed, unchanged,
// missing from the file). Pure: the file's rows and the database's people are given; the verbs in
// lib/server/people/import-*.ts read and write them.
import type { AppointmentType, Gender } from "../generated/prisma/enums";
import { APPOINTMENT_TYPES } from "./eligibility";

export const IMPORT_COLUMNS = [
  "email",
  "name",
  "staff_index",
  "entity",
  "duty_station",
  "appointment_type",
  "supervisor_email",
  "languages",
  "gender",
  "active",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns a file must have (every row must fill them); the others may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  "email",
  "name",
  "staff_index",
  "entity",
  "duty_station",
  "appointment_type",
];

/**
 * The header names accepted for each column: the English name, the French name, then other
 * spellings seen in HR exports. Compared without case, accents, spaces or punctuation
 * ("Lieu d'affectation" = "lieu_affectation" = "LIEU-D-AFFECTATION").
 */
export const COLUMN_HEADERS: Record<ImportColumn, { en: string; fr: string; also: readonly string[] }> = {
  email: {
    en: "email",
    fr: "courriel",
    also: ["e-mail", "email address", "mail", "adresse électronique", "adresse e-mail"],
  },
  name: { en: "name", fr: "nom", also: ["full name", "nom complet", "nom et prénom", "prénom et nom"] },
  staff_index: {
    en: "staff_index",
    fr: "matricule",
    also: ["staff index", "staff index number", "index number", "index", "numéro d'index", "numéro de matricule"],
  },
  entity: { en: "entity", fr: "entite", also: ["entity code", "entité", "code entité", "code de l'entité"] },
  duty_station: {
    en: "duty_station",
    fr: "lieu_affectation",
    also: ["duty station code", "lieu d'affectation", "code du lieu d'affectation"],
  },
  appointment_type: {
    en: "appointment_type",
    fr: "type_engagement",
    also: ["appointment", "type d'engagement", "type de contrat", "engagement"],
  },
  supervisor_email: {
    en: "supervisor_email",
    fr: "courriel_superviseur",
    also: ["supervisor", "supervisor e-mail", "courriel du superviseur", "superviseur", "supérieur hiérarchique"],
  },
  languages: { en: "languages", fr: "langues", also: ["language", "langue"] },
  gender: { en: "gender", fr: "genre", also: ["sex", "sexe"] },
  active: { en: "active", fr: "actif", also: ["is active", "status active", "en poste", "active"] },
};

/** Why a row (or the file's header, row 1) is refused. */
export const IMPORT_ERROR_REASONS = [
  "missingColumn",
  "duplicateColumn",
  "missingValue",
  "badEmail",
  "tooLong",
  "unknownCode",
  "badValue",
  "duplicateStaffIndex",
  "duplicateEmail",
  "emailTaken",
  "supervisorNotFound",
  "ownSupervisor",
] as const;
export type ImportErrorReason = (typeof IMPORT_ERROR_REASONS)[number];

/** One error: the file's row (the header is row 1), the column, the reason, and what the cell held. */
export type ImportRowError = {
  row: number;
  column: ImportColumn | null;
  reason: ImportErrorReason;
  value?: string;
  /** The other row holding the same staff index or e-mail (duplicates). */
  otherRow?: number;
};

/** Files larger than this are refused (a 50,000-row file is about 6 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Rows beyond this are refused: a larger organisation imports in several files. */
export const MAX_IMPORT_ROWS = 100_000;

const MAX_EMAIL = 254;
const MAX_NAME = 200;
const MAX_STAFF_INDEX = 64;
const MAX_CODE = 64;

/** Lower case, no accents, words joined by "_": how header names and labels are compared. */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const HEADER_OF = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  const names = COLUMN_HEADERS[column];
  for (const name of [column, names.en, names.fr, ...names.also]) HEADER_OF.set(normaliseLabel(name), column);
}

/** The column a header name stands for, or null for a column the import does not read. */
export function columnOfHeader(header: string): ImportColumn | null {
  return HEADER_OF.get(normaliseLabel(header)) ?? null;
}

export type ColumnPositions = Partial<Record<ImportColumn, number>>;

/** Where each known column is in the header row; a missing required column or a repeated one is an error of row 1. */
export function readHeader(header: readonly string[]): { columns: ColumnPositions; errors: ImportRowError[] } {
  const columns: ColumnPositions = {};
  const errors: ImportRowError[] = [];
  header.forEach((name, index) => {
    const column = columnOfHeader(name);
    if (!column) return;
    if (columns[column] !== undefined) errors.push({ row: 1, column, reason: "duplicateColumn", value: name });
    else columns[column] = index;
  });
  for (const column of REQUIRED_COLUMNS)
    if (columns[column] === undefined) errors.push({ row: 1, column, reason: "missingColumn" });
  return { columns, errors };
}

/** Appointment types as HR systems and people write them, English and French (normalised). */
const APPOINTMENT_LABELS: Record<string, AppointmentType> = {
  ...Object.fromEntries(APPOINTMENT_TYPES.map((type) => [type, type])),
  temporary_appointment: "temporary",
  tmp: "temporary",
  engagement_temporaire: "temporary",
  temporaire: "temporary",
  fixed_term_appointment: "fixed_term",
  fta: "fixed_term",
  engagement_de_duree_determinee: "fixed_term",
  duree_determinee: "fixed_term",
  cdd: "fixed_term",
  permanent_appointment: "permanent",
  engagement_permanent: "permanent",
  continuing_appointment: "continuing",
  engagement_continu: "continuing",
  continu: "continuing",
  consultante: "consultant",
  consultant_ou_consultante: "consultant",
  ic: "individual_contractor",
  contractor: "individual_contractor",
  vacataire: "individual_contractor",
  unv: "un_volunteer",
  un_volunteers: "un_volunteer",
  united_nations_volunteer: "un_volunteer",
  volontaire_des_nations_unies: "un_volunteer",
  vnu: "un_volunteer",
  internship: "intern",
  stagiaire: "intern",
  military_personnel: "military",
  personnel_militaire: "military",
  militaire: "military",
  other_contract: "other",
  autre: "other",
  autre_contrat: "other",
};

export function appointmentTypeOf(text: string): AppointmentType | null {
  return APPOINTMENT_LABELS[normaliseLabel(text)] ?? null;
}

const GENDER_LABELS: Record<string, Gender> = {
  female: "female",
  f: "female",
  woman: "female",
  femme: "female",
  feminin: "female",
  male: "male",
  m: "male",
  h: "male",
  man: "male",
  homme: "male",
  masculin: "male",
  non_binary: "non_binary",
  nonbinary: "non_binary",
  non_binaire: "non_binary",
  prefer_not_to_say: "prefer_not_to_say",
  ne_souhaite_pas_le_dire: "prefer_not_to_say",
  ne_se_prononce_pas: "prefer_not_to_say",
};

export function genderOf(text: string): Gender | null {
  return GENDER_LABELS[normaliseLabel(text)] ?? null;
}

const YES = new Set(["yes", "y", "true", "1", "oui", "o", "vrai", "active", "actif", "active"]);
const NO = new Set(["no", "n", "false", "0", "non", "faux", "inactive", "inactif"]);

/** yes/no/true/false/1/0/oui/non (any case); null when it is none of them. */
export function activeOf(text: string): boolean | null {
  const value = normaliseLabel(text);
  return YES.has(value) ? true : NO.has(value) ? false : null;
}

/** The ISO 639-1 language codes. */
const ISO_639_1 = new Set(
  (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en " +
    "eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja " +
    "jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb " +
    "nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq " +
    "sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
  ).split(" "),
);

export function isLanguageCode(code: string): boolean {
  return ISO_639_1.has(code);
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export function isEmail(text: string): boolean {
  return text.length <= MAX_EMAIL && EMAIL.test(text);
}

/** One valid row of the file, read. `undefined`: the file says nothing (the person's value stays). */
export type ImportRow = {
  row: number;
  email: string;
  name: string;
  staffIndex: string;
  entityCode: string;
  dutyStationCode: string;
  appointmentType: AppointmentType;
  /** Lower-case e-mail, or null for no supervisor (an empty cell). */
  supervisorEmail: string | null | undefined;
  languages: string[] | undefined;
  gender: Gender | undefined;
  active: boolean;
};

/** The codes the database knows, upper-case (codes are compared without case). */
export type ImportCodes = { entities: ReadonlySet<string>; dutyStations: ReadonlySet<string> };

/**
 * Reads one data row: each cell checked on its own (codes against the database's, values against
 * their lists). Checks across rows (duplicates, supervisors) are made by planImport.
 */
export function readRow(
  cells: readonly string[],
  columns: ColumnPositions,
  row: number,
  codes: ImportCodes,
): { person: ImportRow | null; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const cell = (column: ImportColumn): string | undefined => {
    const index = columns[column];
    return index === undefined ? undefined : (cells[index] ?? "").trim();
  };
  const fail = (column: ImportColumn, reason: ImportErrorReason, value?: string) => {
    errors.push(value === undefined || value === "" ? { row, column, reason } : { row, column, reason, value });
  };
  const required = (column: ImportColumn, max: number): string => {
    const value = cell(column) ?? "";
    if (!value) fail(column, "missingValue");
    else if (value.length > max) fail(column, "tooLong", value.slice(0, 80));
    return value;
  };

  const email = required("email", MAX_EMAIL).toLowerCase();
  if (email && email.length <= MAX_EMAIL && !isEmail(email)) fail("email", "badEmail", email);
  const name = required("name", MAX_NAME).replace(/\s+/g, " ");
  const staffIndex = required("staff_index", MAX_STAFF_INDEX);
  const entityCode = required("entity", MAX_CODE).toUpperCase();
  if (entityCode && entityCode.length <= MAX_CODE && !codes.entities.has(entityCode))
    fail("entity", "unknownCode", cell("entity"));
  const dutyStationCode = required("duty_station", MAX_CODE).toUpperCase();
  if (dutyStationCode && dutyStationCode.length <= MAX_CODE && !codes.dutyStations.has(dutyStationCode))
    fail("duty_station", "unknownCode", cell("duty_station"));
  const appointmentText = required("appointment_type", MAX_CODE);
  const appointmentType = appointmentText ? appointmentTypeOf(appointmentText) : null;
  if (appointmentText && appointmentText.length <= MAX_CODE && !appointmentType)
    fail("appointment_type", "unknownCode", appointmentText);

  const supervisorText = cell("supervisor_email");
  let supervisorEmail: string | null | undefined = undefined;
  if (supervisorText !== undefined) {
    supervisorEmail = supervisorText ? supervisorText.toLowerCase() : null;
    if (supervisorEmail && !isEmail(supervisorEmail)) fail("supervisor_email", "badEmail", supervisorText);
    else if (supervisorEmail && supervisorEmail === email) fail("supervisor_email", "ownSupervisor", supervisorText);
  }

  const languagesText = cell("languages");
  let languages: string[] | undefined = undefined;
  if (languagesText) {
    const list = languagesText
      .split(/[;|,\s]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean);
    const unknown = list.filter((code) => !isLanguageCode(code));
    if (unknown.length > 0) fail("languages", "unknownCode", unknown.join(" "));
    languages = [...new Set(list)];
  }

  const genderText = cell("gender");
  let gender: Gender | undefined = undefined;
  if (genderText) {
    gender = genderOf(genderText) ?? undefined;
    if (!gender) fail("gender", "unknownCode", genderText);
  }

  const activeText = cell("active");
  let active = true;
  if (activeText) {
    const value = activeOf(activeText);
    if (value === null) fail("active", "badValue", activeText);
    else active = value;
  }

  if (errors.length > 0 || !appointmentType) return { person: null, errors };
  return {
    person: {
      row,
      email,
      name,
      staffIndex,
      entityCode,
      dutyStationCode,
      appointmentType,
      supervisorEmail,
      languages,
      gender,
      active,
    },
    errors,
  };
}

/** A person already in the database, as the import compares them. */
export type ExistingPerson = {
  id: string;
  email: string;
  name: string | null;
  staffIndexNumber: string | null;
  entityId: string | null;
  dutyStationId: string | null;
  appointmentType: AppointmentType | null;
  gender: Gender | null;
  languages: string[];
  supervisorId: string | null;
  leftAt: Date | null;
  anonymisedAt: Date | null;
};

export type ImportReference = {
  /** Upper-case code → id. */
  entities: ReadonlyMap<string, string>;
  /** Upper-case code → id and time zone. */
  dutyStations: ReadonlyMap<string, { id: string; timeZone: string }>;
  people: readonly ExistingPerson[];
};

/** Who a new person's or a changed person's supervisor is: someone in the database, or a new person of the file. */
export type SupervisorRef = { id: string } | { staffIndex: string } | null;

export type PersonValues = {
  email: string;
  name: string;
  staffIndexNumber: string;
  entityId: string;
  dutyStationId: string;
  appointmentType: AppointmentType;
  gender: Gender | null;
  languages: string[];
};

export type NewPerson = PersonValues & { row: number; timeZone: string; supervisor: SupervisorRef };
/** A person to update: every HR value as it should be; `returns` when they had left and are active again. */
export type PersonUpdate = PersonValues & { row: number; id: string; supervisor: SupervisorRef; returns: boolean };

export type ImportCounts = {
  totalRows: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  missingCount: number;
  errorCount: number;
};

export type ImportPlan = {
  counts: ImportCounts;
  errors: ImportRowError[];
  creates: NewPerson[];
  updates: PersonUpdate[];
  /** People the file marks inactive who are still active: they leave. */
  leaving: string[];
  /** Active people of HR data (with a staff index) whom the file does not list: they leave in full-list mode. */
  missing: string[];
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(" ") === [...b].sort().join(" ");

/**
 * Compares the file's rows with the database: rows are matched by staff index number, else by
 * e-mail (a person not yet given a staff index is adopted); across the file, a staff index or an
 * e-mail may appear once, a supervisor must be in the file or in the database, and an e-mail may
 * not belong to someone else. `errors` are the errors already found by readHeader/readRow.
 * `actorId`: the admin applying the file is never counted missing (they cannot remove themselves).
 */
export function planImport(
  rows: readonly ImportRow[],
  errors: readonly ImportRowError[],
  reference: ImportReference,
  options: { totalRows: number; actorId?: string | null },
): ImportPlan {
  const allErrors = [...errors];
  const byStaffIndex = new Map<string, ExistingPerson>();
  const byEmail = new Map<string, ExistingPerson>();
  const byId = new Map<string, ExistingPerson>();
  for (const person of reference.people) {
    if (person.anonymisedAt) continue;
    if (person.staffIndexNumber) byStaffIndex.set(person.staffIndexNumber, person);
    byEmail.set(person.email.toLowerCase(), person);
    byId.set(person.id, person);
  }

  // Duplicates in the file: the first row keeps the key, later ones are errors naming it.
  const firstOfIndex = new Map<string, number>();
  const firstOfEmail = new Map<string, ImportRow>();
  const unique: ImportRow[] = [];
  for (const row of rows) {
    const sameIndex = firstOfIndex.get(row.staffIndex);
    const sameEmail = firstOfEmail.get(row.email);
    if (sameIndex !== undefined)
      allErrors.push({
        row: row.row,
        column: "staff_index",
        reason: "duplicateStaffIndex",
        value: row.staffIndex,
        otherRow: sameIndex,
      });
    if (sameEmail !== undefined)
      allErrors.push({
        row: row.row,
        column: "email",
        reason: "duplicateEmail",
        value: row.email,
        otherRow: sameEmail.row,
      });
    if (sameIndex !== undefined || sameEmail !== undefined) continue;
    firstOfIndex.set(row.staffIndex, row.row);
    firstOfEmail.set(row.email, row);
    unique.push(row);
  }

  // Each row's person in the database, if any.
  const matched = new Map<ImportRow, ExistingPerson | null>();
  const matchedIds = new Set<string>();
  for (const row of unique) {
    const byIndex = byStaffIndex.get(row.staffIndex) ?? null;
    const holder = byEmail.get(row.email) ?? null;
    let person: ExistingPerson | null = byIndex;
    if (!byIndex && holder && !holder.staffIndexNumber) person = holder; // adopted: given their staff index
    if (holder && holder !== person) {
      allErrors.push({ row: row.row, column: "email", reason: "emailTaken", value: row.email });
      continue;
    }
    matched.set(row, person);
    if (person) matchedIds.add(person.id);
  }

  // The supervisor of each row: a person of the file (by e-mail), else of the database.
  const supervisorOf = (row: ImportRow): SupervisorRef | undefined | "notFound" => {
    if (row.supervisorEmail === undefined) return undefined;
    if (row.supervisorEmail === null) return null;
    const inFile = firstOfEmail.get(row.supervisorEmail);
    if (inFile) {
      const person = matched.get(inFile);
      if (person) return { id: person.id };
      if (person === null) return { staffIndex: inFile.staffIndex };
    }
    const inDatabase = byEmail.get(row.supervisorEmail);
    // Someone whose e-mail the file gives to another person is not a supervisor by that e-mail.
    if (inDatabase && !(inFile && matched.get(inFile) !== inDatabase)) return { id: inDatabase.id };
    return "notFound";
  };

  const creates: NewPerson[] = [];
  const updates: PersonUpdate[] = [];
  const leaving: string[] = [];
  let unchangedCount = 0;
  for (const [row, person] of matched) {
    const supervisor = supervisorOf(row);
    if (supervisor === "notFound") {
      allErrors.push({
        row: row.row,
        column: "supervisor_email",
        reason: "supervisorNotFound",
        value: row.supervisorEmail!,
      });
      continue;
    }
    const entityId = reference.entities.get(row.entityCode)!;
    const station = reference.dutyStations.get(row.dutyStationCode)!;
    const values: PersonValues = {
      email: row.email,
      name: row.name,
      staffIndexNumber: row.staffIndex,
      entityId,
      dutyStationId: station.id,
      appointmentType: row.appointmentType,
      gender: row.gender ?? person?.gender ?? null,
      languages: row.languages ?? person?.languages ?? [],
    };
    if (!person) {
      // Someone the file marks inactive who was never in Binôme is not added.
      if (!row.active) unchangedCount++;
      else creates.push({ ...values, row: row.row, timeZone: station.timeZone, supervisor: supervisor ?? null });
      continue;
    }
    const supervisorId =
      supervisor === undefined ? person.supervisorId : supervisor && "id" in supervisor ? supervisor.id : null;
    const returns = row.active && person.leftAt !== null;
    const changed =
      returns ||
      person.email.toLowerCase() !== values.email ||
      (person.name ?? "") !== values.name ||
      person.staffIndexNumber !== values.staffIndexNumber ||
      person.entityId !== values.entityId ||
      person.dutyStationId !== values.dutyStationId ||
      person.appointmentType !== values.appointmentType ||
      person.gender !== values.gender ||
      !sameList(person.languages, values.languages) ||
      (supervisor !== undefined &&
        (supervisor === null || "id" in supervisor) &&
        person.supervisorId !== supervisorId) ||
      (supervisor !== undefined && supervisor !== null && "staffIndex" in supervisor);
    const leaves = !row.active && person.leftAt === null;
    if (changed)
      updates.push({
        ...values,
        row: row.row,
        id: person.id,
        supervisor: supervisor === undefined ? (person.supervisorId ? { id: person.supervisorId } : null) : supervisor,
        returns,
      });
    if (leaves) leaving.push(person.id);
    if (!changed && !leaves) unchangedCount++;
  }
  const changedIds = new Set([...updates.map((u) => u.id), ...leaving]);

  const missing: string[] = [];
  for (const person of byId.values())
    if (person.staffIndexNumber && !person.leftAt && !matchedIds.has(person.id) && person.id !== options.actorId)
      missing.push(person.id);

  allErrors.sort((a, b) => a.row - b.row || IMPORT_COLUMNS.indexOf(a.column!) - IMPORT_COLUMNS.indexOf(b.column!));
  return {
    counts: {
      totalRows: options.totalRows,
      newCount: creates.length,
      changedCount: changedIds.size,
      unchangedCount,
      missingCount: missing.length,
      errorCount: allErrors.length,
    },
    errors: allErrors,
    creates,
    updates,
    leaving,
    missing,
  };
}

/** How many writes applying the plan takes (the progress bar's end): new, changed and leaving people. */
export function workOf(
  plan: Pick<ImportPlan, "creates" | "updates" | "leaving" | "missing">,
  fullList: boolean,
): number {
  const updated = new Set(plan.updates.map((u) => u.id));
  const leavingOnly = plan.leaving.filter((id) => !updated.has(id)).length;
  return plan.creates.length + plan.updates.length + leavingOnly + (fullList ? plan.missing.length : 0);
}

/**
 * The whole check of a file read into rows: its header, then each row, then the plan against the
 * database. A header without a required column stops there (every row would say the same).
 */
export function checkImport(
  file: { header: readonly string[]; rows: readonly { row: number; cells: readonly string[] }[] },
  reference: ImportReference,
  options: { actorId?: string | null } = {},
): ImportPlan {
  const { columns, errors } = readHeader(file.header);
  const totalRows = file.rows.length;
  if (errors.length > 0)
    return {
      counts: {
        totalRows,
        newCount: 0,
        changedCount: 0,
        unchangedCount: 0,
        missingCount: 0,
        errorCount: errors.length,
      },
      errors,
      creates: [],
      updates: [],
      leaving: [],
      missing: [],
    };
  const codes: ImportCodes = {
    entities: new Set(reference.entities.keys()),
    dutyStations: new Set(reference.dutyStations.keys()),
  };
  const rows: ImportRow[] = [];
  const rowErrors: ImportRowError[] = [];
  for (const raw of file.rows) {
    const { person, errors: found } = readRow(raw.cells, columns, raw.row, codes);
    if (person) rows.push(person);
    else rowErrors.push(...found);
  }
  return planImport(rows, rowErrors, reference, { totalRows, actorId: options.actorId });
}
