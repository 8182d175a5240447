// Small helpers shared by the parts of a mission's page.
import { getFormatter } from "next-intl/server";
import type { MissionParty } from "@/lib/domain/mission-lifecycle";
import type { MissionPerson, MissionView } from "@/lib/server/missions/load-mission";

/** A person as the mission's page names them: their name, or their address when they have none. */
export function personName(p: MissionPerson | null): string {
  return p ? (p.name ?? p.email) : "";
}

/** The person who holds a party's place in the mission (coachee, coach, sponsor or HR). */
export function personOf(view: MissionView, party: MissionParty): MissionPerson | null {
  return view.people[party];
}

/** How the mission's page writes dates in the reader's time zone: a day, or a day and a time. */
export async function missionDates(timeZone: string) {
  const format = await getFormatter();
  return {
    day: (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone }) : ""),
    when: (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone }) : ""),
  };
}
