import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  checkImport,
  columnOfHeader,
  readHeader,
  workOf,
  type ExistingPerson,
  type ImportReference,
} from "@/lib/domain/people-import";
import {
  detectDelimiter,
  detectImportKind,
  ImportFileError,
  readCsv,
  readImportFile,
  readXlsx,
} from "@/lib/domain/people-import-file";

const encode = (text: string) => new TextEncoder().encode(text);
async function* chunks(bytes: Uint8Array, size = 7) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const csv = (text: string) => readCsv(chunks(encode(text)), 1000);

const HEADER = "email,name,staff_index,entity,duty_station,appointment_type,supervisor_email,languages,gender,active";

const reference = (people: ExistingPerson[] = []): ImportReference => ({
  entities: new Map([
    ["DPPA", "entity-dppa"],
    ["OCHA", "entity-ocha"],
  ]),
  dutyStations: new Map([
    ["NY", { id: "station-ny", timeZone: "America/New_York" }],
    ["GVA", { id: "station-gva", timeZone: "Europe/Zurich" }],
  ]),
  people,
});

const existing = (overrides: Partial<ExistingPerson>): ExistingPerson => ({
  id: "p1",
  email: "amina@un.org",
  name: "Amina Diallo",
  staffIndexNumber: "100001",
  entityId: "entity-dppa",
  dutyStationId: "station-ny",
  appointmentType: "fixed_term",
  gender: "female",
  languages: ["en", "fr"],
  supervisorId: null,
  leftAt: null,
  anonymisedAt: null,
  ...overrides,
});

async function check(text: string, people: ExistingPerson[] = [], actorId?: string) {
  return checkImport(await csv(text), reference(people), { actorId });
}

describe("reading an HR file", () => {
  it("reads a comma-separated UTF-8 file with a byte-order mark, quoted fields and accents", async () => {
    const file = await csv(
      `\ufeff${HEADER}\r\n"amina@un.org","Diallo, Amina",100001,DPPA,NY,fixed_term,,"en;fr",female,yes\r\n` +
        `"zoe@un.org","Zoé ""Zo"" Martin",100002,OCHA,GVA,permanent,amina@un.org,fr,,oui\r\n`,
    );
    expect(file.header[0]).toBe("email");
    expect(file.rows).toEqual([
      {
        row: 2,
        cells: ["amina@un.org", "Diallo, Amina", "100001", "DPPA", "NY", "fixed_term", "", "en;fr", "female", "yes"],
      },
      {
        row: 3,
        cells: ["zoe@un.org", 'Zoé "Zo" Martin', "100002", "OCHA", "GVA", "permanent", "amina@un.org", "fr", "", "oui"],
      },
    ]);
  });

  it("finds the semicolon of a French spreadsheet, and French header names", async () => {
    expect(detectDelimiter("courriel;nom;matricule")).toBe(";");
    expect(detectDelimiter('"a;b",c,d')).toBe(",");
    const text =
      "Courriel;Nom;Matricule;Entité;Lieu d'affectation;Type d'engagement;Courriel du superviseur;Langues;Genre;Actif\n" +
      "amina@un.org;Diallo, Amina;100001;dppa;ny;Engagement de durée déterminée;;fr|en;Femme;oui\n";
    const plan = await check(text);
    expect(plan.errors).toEqual([]);
    expect(plan.creates).toEqual([
      expect.objectContaining({
        email: "amina@un.org",
        name: "Diallo, Amina",
        staffIndexNumber: "100001",
        entityId: "entity-dppa",
        dutyStationId: "station-ny",
        appointmentType: "fixed_term",
        languages: ["fr", "en"],
        gender: "female",
        timeZone: "America/New_York",
      }),
    ]);
  });

  it("knows each column by its English and French names", () => {
    expect(columnOfHeader("E-mail")).toBe("email");
    expect(columnOfHeader("staff index number")).toBe("staff_index");
    expect(columnOfHeader("MATRICULE")).toBe("staff_index");
    expect(columnOfHeader("lieu_affectation")).toBe("duty_station");
    expect(columnOfHeader("type_engagement")).toBe("appointment_type");
    expect(columnOfHeader("courriel_superviseur")).toBe("supervisor_email");
    expect(columnOfHeader("Notes")).toBeNull();
  });

  it("keeps the row numbers a spreadsheet shows, blank lines and line breaks in quotes included", async () => {
    const file = await csv(
      `${HEADER}\n\na@un.org,"A\nB",1,DPPA,NY,permanent,,,,\nb@un.org,B,2,DPPA,NY,permanent,,,,\n`,
    );
    expect(file.rows.map((r) => r.row)).toEqual([4, 5]);
  });

  it("refuses a file that is not UTF-8, an unclosed quote, and binary files", async () => {
    await expect(readCsv(chunks(new Uint8Array([...encode(`${HEADER}\n`), 0x5a, 0xe9, 0x0a])), 10)).rejects.toEqual(
      new ImportFileError("notUtf8"),
    );
    await expect(csv(`${HEADER}\n"a@un.org,A,1,DPPA,NY,permanent,,,,\n`)).rejects.toEqual(
      new ImportFileError("unreadable"),
    );
    await expect(csv("\n\n")).rejects.toEqual(new ImportFileError("noHeader"));
    await expect(readCsv(chunks(encode(`${HEADER}\na,b\nc,d\n`)), 1)).rejects.toEqual(
      new ImportFileError("tooManyRows"),
    );
    expect(detectImportKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("xlsx");
    expect(detectImportKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0x00, 0x00]))).toBeNull();
    expect(detectImportKind(encode("email,name"))).toBe("csv");
  });

  it("reads the first sheet of an Excel workbook as it streams", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Staff");
    sheet.addRow(["Email", "Name", "Staff index", "Entity", "Duty station", "Appointment type", "Active"]);
    sheet.addRow([]);
    sheet.addRow(["amina@un.org", "Amina Diallo", 100001, "DPPA", "NY", "Fixed-term appointment", true]);
    sheet.addRow([
      { text: "zoe@un.org", hyperlink: "mailto:zoe@un.org" },
      { richText: [{ text: "Zoé " }, { text: "Martin" }] },
      "100002",
      "OCHA",
      "GVA",
      "UN Volunteer",
      "no",
    ]);
    workbook.addWorksheet("Other").addRow(["ignored"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(detectImportKind(bytes.subarray(0, 8))).toBe("xlsx");
    const file = await readImportFile(chunks(bytes, 4096), "xlsx", 100);
    expect(file.header).toEqual([
      "Email",
      "Name",
      "Staff index",
      "Entity",
      "Duty station",
      "Appointment type",
      "Active",
    ]);
    expect(file.rows).toEqual([
      { row: 3, cells: ["amina@un.org", "Amina Diallo", "100001", "DPPA", "NY", "Fixed-term appointment", "true"] },
      { row: 4, cells: ["zoe@un.org", "Zoé Martin", "100002", "OCHA", "GVA", "UN Volunteer", "no"] },
    ]);
    const plan = checkImport(file, reference());
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((p) => p.appointmentType)).toEqual(["fixed_term"]);
    expect(plan.counts).toMatchObject({ newCount: 1, unchangedCount: 1 }); // an inactive newcomer is not added
    await expect(readXlsx(chunks(encode("PK\u0003\u0004 not a zip")), 10)).rejects.toEqual(
      new ImportFileError("unreadable"),
    );
  });
});

describe("checking the rows", () => {
  it("names a missing or repeated column in the header (row 1) and checks no row", async () => {
    expect(readHeader(["email", "name", "e-mail", "entity", "duty_station", "appointment_type"]).errors).toEqual([
      { row: 1, column: "email", reason: "duplicateColumn", value: "e-mail" },
      { row: 1, column: "staff_index", reason: "missingColumn" },
    ]);
    const plan = await check("email,name\na@un.org,A\n");
    expect(plan.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [1, "staff_index", "missingColumn"],
      [1, "entity", "missingColumn"],
      [1, "duty_station", "missingColumn"],
      [1, "appointment_type", "missingColumn"],
    ]);
    expect(plan.counts).toMatchObject({ totalRows: 1, errorCount: 4, newCount: 0 });
  });

  it("gives every error its row, column and reason", async () => {
    const plan = await check(
      [
        HEADER,
        "not-an-email,A,1,DPPA,NY,permanent,,,,", // 2 bad e-mail
        ",B,2,XXX,NY,permanent,,,,", // 3 missing e-mail, unknown entity
        "c@un.org,C,3,DPPA,ZZZ,boss,,en;xx,robot,maybe", // 4 unknown station, appointment, language, gender; bad active
        "d@un.org,D,1,DPPA,NY,permanent,,,,", // 5 duplicate staff index (row 2 is refused but holds it)
        "e@un.org,E,5,DPPA,NY,permanent,nobody@un.org,,,", // 6 supervisor not found
        "f@un.org,F,6,DPPA,NY,permanent,,,,",
        "F@UN.ORG,F2,7,DPPA,NY,permanent,,,,", // 8 duplicate e-mail
        "taken@un.org,G,8,DPPA,NY,permanent,,,,", // 9 e-mail of another staff index
        "h@un.org,H,9,DPPA,NY,permanent,h@un.org,,,", // 10 own supervisor
        `i@un.org,${"x".repeat(201)},10,DPPA,NY,permanent,,,,`, // 11 name too long
      ].join("\n"),
      [existing({ id: "p9", email: "taken@un.org", staffIndexNumber: "999" })],
    );
    expect(plan.errors.map((e) => [e.row, e.column, e.reason, e.value ?? null, e.otherRow ?? null])).toEqual([
      [2, "email", "badEmail", "not-an-email", null],
      [3, "email", "missingValue", null, null],
      [3, "entity", "unknownCode", "XXX", null],
      [4, "duty_station", "unknownCode", "ZZZ", null],
      [4, "appointment_type", "unknownCode", "boss", null],
      [4, "languages", "unknownCode", "xx", null],
      [4, "gender", "unknownCode", "robot", null],
      [4, "active", "badValue", "maybe", null],
      [6, "supervisor_email", "supervisorNotFound", "nobody@un.org", null],
      [8, "email", "duplicateEmail", "f@un.org", 7],
      [9, "email", "emailTaken", "taken@un.org", null],
      [10, "supervisor_email", "ownSupervisor", "h@un.org", null],
      [11, "name", "tooLong", "x".repeat(80), null],
    ]);
    expect(plan.counts.errorCount).toBe(13);
    // A staff index repeated after a refused row: that row is not read, so the key is free again.
    const dup = await check(
      [HEADER, "a@un.org,A,1,DPPA,NY,permanent,,,,", "b@un.org,B,1,DPPA,NY,permanent,,,,"].join("\n"),
    );
    expect(dup.errors).toEqual([
      { row: 3, column: "staff_index", reason: "duplicateStaffIndex", value: "1", otherRow: 2 },
    ]);
  });

  it("accepts human labels and yes/no words in both languages", async () => {
    const plan = await check(
      [
        HEADER,
        "a@un.org,A,1,DPPA,NY,Continuing appointment,,en|fr,Male,TRUE",
        "b@un.org,B,2,DPPA,NY,Stagiaire,,,Non-binary,1",
        "c@un.org,C,3,DPPA,NY,vacataire,,,,Oui",
        "d@un.org,D,4,DPPA,NY,UNV,,,,",
      ].join("\n"),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.creates.map((p) => [p.appointmentType, p.gender, p.languages])).toEqual([
      ["continuing", "male", ["en", "fr"]],
      ["intern", "non_binary", []],
      ["individual_contractor", null, []],
      ["un_volunteer", null, []],
    ]);
  });
});

describe("comparing the file with the database", () => {
  const amina = existing({});
  const line = (overrides: Partial<Record<string, string>> = {}) => {
    const v = {
      email: "amina@un.org",
      name: "Amina Diallo",
      staff_index: "100001",
      entity: "DPPA",
      duty_station: "NY",
      appointment_type: "fixed_term",
      supervisor_email: "",
      languages: "en;fr",
      gender: "female",
      active: "yes",
      ...overrides,
    };
    return `${v.email},${v.name},${v.staff_index},${v.entity},${v.duty_station},${v.appointment_type},${v.supervisor_email},"${v.languages}",${v.gender},${v.active}`;
  };

  it("counts someone whose data is the same as unchanged, and any difference as changed", async () => {
    expect((await check(`${HEADER}\n${line()}`, [amina])).counts).toMatchObject({ unchangedCount: 1, changedCount: 0 });
    expect((await check(`${HEADER}\n${line({ languages: "fr;en" })}`, [amina])).counts.unchangedCount).toBe(1);
    for (const change of [
      { name: "Amina Diallo-Sow" },
      { email: "amina.diallo@un.org" },
      { entity: "OCHA" },
      { duty_station: "GVA" },
      { appointment_type: "permanent" },
      { languages: "fr" },
      { gender: "prefer_not_to_say" },
    ]) {
      const plan = await check(`${HEADER}\n${line(change)}`, [amina]);
      expect(plan.counts, JSON.stringify(change)).toMatchObject({ changedCount: 1, unchangedCount: 0, newCount: 0 });
      expect(plan.updates[0]).toMatchObject({ id: "p1", returns: false });
    }
    // Empty languages and gender cells leave the person's own values.
    const kept = await check(`${HEADER}\n${line({ languages: "", gender: "" })}`, [amina]);
    expect(kept.counts.unchangedCount).toBe(1);
  });

  it("links supervisors from the file or the database, new people included", async () => {
    const boss = existing({ id: "p2", email: "boss@un.org", staffIndexNumber: "200", name: "Boss" });
    const plan = await check(
      [
        HEADER,
        line({ supervisor_email: "new.boss@un.org" }),
        "new.boss@un.org,New Boss,300,DPPA,NY,permanent,boss@un.org,,,yes",
      ].join("\n"),
      [amina, boss],
    );
    expect(plan.errors).toEqual([]);
    expect(plan.updates).toEqual([expect.objectContaining({ id: "p1", supervisor: { staffIndex: "300" } })]);
    expect(plan.creates).toEqual([expect.objectContaining({ staffIndexNumber: "300", supervisor: { id: "p2" } })]);
    // Boss is not in the file: missing from it.
    expect(plan.counts).toMatchObject({ newCount: 1, changedCount: 1, missingCount: 1 });
    expect(plan.missing).toEqual(["p2"]);
  });

  it("adopts someone known by e-mail without a staff index, and refuses an e-mail of another staff index", async () => {
    const adopted = await check(`${HEADER}\n${line()}`, [existing({ staffIndexNumber: null })]);
    expect(adopted.updates).toEqual([expect.objectContaining({ id: "p1", staffIndexNumber: "100001" })]);
    const taken = await check(`${HEADER}\n${line({ staff_index: "555" })}`, [amina]);
    expect(taken.errors).toEqual([{ row: 2, column: "email", reason: "emailTaken", value: "amina@un.org" }]);
  });

  it("marks leavers and returners, and counts the people missing from the file but never the admin", async () => {
    const left = existing({ id: "p3", email: "back@un.org", staffIndexNumber: "3", leftAt: new Date() });
    const other = existing({ id: "p4", email: "other@un.org", staffIndexNumber: "4" });
    const admin = existing({ id: "admin", email: "admin@un.org", staffIndexNumber: "5" });
    const noIndex = existing({ id: "p6", email: "coach@example.org", staffIndexNumber: null });
    const plan = await check(
      [HEADER, line({ active: "non" }), line({ email: "back@un.org", staff_index: "3", active: "oui" })].join("\n"),
      [amina, left, other, admin, noIndex],
      "admin",
    );
    expect(plan.leaving).toEqual(["p1"]);
    expect(plan.updates).toEqual([expect.objectContaining({ id: "p3", returns: true })]);
    expect(plan.missing).toEqual(["p4"]);
    expect(plan.counts).toMatchObject({ changedCount: 2, unchangedCount: 0, missingCount: 1 });
    expect(workOf(plan, false)).toBe(2);
    expect(workOf(plan, true)).toBe(3);
  });
});
