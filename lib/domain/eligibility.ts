// Who may join a coaching or mentoring cohort as a client or mentee: staff on temporary,
// fixed-term, permanent or continuing appointments. Other categories (consultants,
// individual contractors, UN Volunteers, interns, military personnel, …) may not, for now.
export const APPOINTMENT_TYPES = [
  "temporary",
  "fixed_term",
  "permanent",
  "continuing",
  "consultant",
  "individual_contractor",
  "un_volunteer",
  "intern",
  "military",
  "other",
] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];

export const ELIGIBLE_APPOINTMENT_TYPES: readonly AppointmentType[] = [
  "temporary",
  "fixed_term",
  "permanent",
  "continuing",
];

export type Eligibility =
  { eligible: true } | { eligible: false; reason: "appointment-not-eligible" | "appointment-unknown" };

/**
 * Whether a person may join as a client or mentee: their appointment type must be one the
 * programme accepts (Programme.eligibleAppointmentTypes, set by programme admins); without a
 * programme's list, the FAQ's rule above applies.
 */
export function clientEligibility(
  appointmentType: AppointmentType | null | undefined,
  eligibleTypes: readonly AppointmentType[] = ELIGIBLE_APPOINTMENT_TYPES,
): Eligibility {
  if (!appointmentType) return { eligible: false, reason: "appointment-unknown" };
  return eligibleTypes.includes(appointmentType)
    ? { eligible: true }
    : { eligible: false, reason: "appointment-not-eligible" };
}
