// Demo data for workshops (development activities): one for coaches in twelve days, full with two
// people on its waiting list; one for clients and mentees in nine days with seats left; and one
// three weeks ago for coaches, clients and mentees whose attendance is recorded (Amina and Carlos
// attended, so it shows on their attestations). Dates follow `today`; the same calendar day gives
// the same rows, and a second run changes nothing.
import { localTimeToInstant } from "../../lib/domain/session-schedule";
import type { Prisma, Role } from "../../lib/generated/prisma/client";
import { emailFor, startOfUtcDay } from "./data";
import { AMINA, CARLOS } from "./story";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
const two = (n: number) => String(n).padStart(2, "0");
const local = (d: Date, hour: number) =>
  `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(hour)}:00`;

type Spec = {
  label: string;
  audiences: Role[];
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  inDays: number;
  hour: number;
  timeZone: string;
  durationMinutes: number;
  seats: number;
  /** In the order they registered: a seat while seats last, then the waiting list. */
  people: { email: string; attended?: boolean }[];
};

function specs(): Spec[] {
  return [
    {
      label: "workshop/ethics",
      audiences: ["coach"],
      titleEn: "Ethics in peer coaching: difficult cases",
      titleFr: "Éthique du coaching entre pairs : cas difficiles",
      descriptionEn:
        "Ninety minutes with fellow coaches on confidentiality, dual relationships and when to refer a client elsewhere, through real (anonymised) cases.",
      descriptionFr:
        "Quatre-vingt-dix minutes entre coachs sur la confidentialité, les doubles relations et le moment d’orienter un client ailleurs, à partir de cas réels (anonymisés).",
      inDays: 12,
      hour: 15,
      timeZone: "Europe/Zurich",
      durationMinutes: 90,
      seats: 4,
      people: [CARLOS, "Rahul Mehta", "Ngozi Eze", "Olena Kovalenko", "Fatima Al-Sayed", "Grace Wanjiru"].map((p) => ({
        email: p.includes("@") ? p : emailFor(p),
      })),
    },
    {
      label: "workshop/making-the-most",
      audiences: ["client", "mentee"],
      titleEn: "Making the most of your coaching or mentoring",
      titleFr: "Tirer le meilleur de votre coaching ou mentorat",
      descriptionEn:
        "How to prepare each session, set goals you can observe, and give your coach or mentor useful feedback. Open to clients and mentees.",
      descriptionFr:
        "Comment préparer chaque séance, fixer des objectifs observables et faire un retour utile à votre coach ou mentor. Ouvert aux clients et aux mentorés.",
      inDays: 9,
      hour: 10,
      timeZone: "America/New_York",
      durationMinutes: 60,
      seats: 25,
      people: [{ email: "mehdi.mentee@example.org" }],
    },
    {
      label: "workshop/goals",
      audiences: ["coach", "client", "mentee"],
      titleEn: "Setting development goals that last",
      titleFr: "Fixer des objectifs de développement durables",
      descriptionEn: "A practical workshop on writing development goals and following them up over a year.",
      descriptionFr: "Un atelier pratique pour rédiger des objectifs de développement et les suivre sur une année.",
      inDays: -21,
      hour: 14,
      timeZone: "Europe/Zurich",
      durationMinutes: 120,
      seats: 20,
      people: [
        { email: AMINA, attended: true },
        { email: CARLOS, attended: true },
        { email: "mehdi.mentee@example.org", attended: false },
      ],
    },
  ];
}

export async function seedWorkshops(tx: Tx, today: Date): Promise<void> {
  const day = startOfUtcDay(today);
  for (const s of specs()) {
    const id = `seed_${s.label.replace(/[/-]/g, "_")}`;
    const startsAt = localTimeToInstant(local(new Date(day.getTime() + s.inDays * DAY), s.hour), s.timeZone)!;
    const data = {
      audiences: s.audiences,
      titleEn: s.titleEn,
      titleFr: s.titleFr,
      descriptionEn: s.descriptionEn,
      descriptionFr: s.descriptionFr,
      startsAt,
      durationMinutes: s.durationMinutes,
      timeZone: s.timeZone,
      meetingUrl: `https://meet.example.org/binome-${s.label.split("/")[1]}`,
      seats: s.seats,
      cancelledAt: null,
    };
    const existing = await tx.workshop.findUnique({ where: { id }, select: { id: true } });
    if (!existing) await tx.workshop.create({ data: { id, ...data } });
    else {
      const { audiences, ...rest } = data;
      await tx.workshop.updateMany({
        where: { id, OR: [{ NOT: rest }, { NOT: { audiences: { equals: audiences } } }] },
        data,
      });
    }
    const registeredBase = new Date(Math.min(startsAt.getTime(), day.getTime()) - 10 * DAY);
    let place = 0;
    for (const p of s.people) {
      const user = await tx.user.findUnique({ where: { email: p.email }, select: { id: true } });
      if (!user) continue;
      const registeredAt = new Date(registeredBase.getTime() + place * 3_600_000);
      const status = place < s.seats ? ("registered" as const) : ("waitlisted" as const);
      place += 1;
      const attended = p.attended ?? null;
      const attendanceRecordedAt = attended === null ? null : new Date(startsAt.getTime() + s.durationMinutes * 60_000);
      const row = { status, registeredAt, promotedAt: null, cancelledAt: null, attended, attendanceRecordedAt };
      const where = { workshopId_userId: { workshopId: id, userId: user.id } };
      const found = await tx.workshopRegistration.findUnique({ where, select: { id: true } });
      if (!found) await tx.workshopRegistration.create({ data: { workshopId: id, userId: user.id, ...row } });
      else
        await tx.workshopRegistration.updateMany({
          where: {
            id: found.id,
            OR: [
              { NOT: { status, registeredAt } },
              { promotedAt: { not: null } },
              { cancelledAt: { not: null } },
              attended === null ? { attended: { not: null } } : { OR: [{ attended: null }, { NOT: { attended } }] },
            ],
          },
          data: row,
        });
    }
  }
}
