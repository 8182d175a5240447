import { describe, expect, it } from "vitest";
import {
  allowedEvents,
  awaitsNoReview,
  COACH_EVENTS,
  COACH_STATUSES,
  credentialsEditable,
  isListed,
  transition,
  whyNotListed,
} from "@/lib/domain/coach-lifecycle";
import { missingForSubmission, trainingQualifies, type ProfileForSubmission } from "@/lib/domain/coach-profile";
import { COMMITMENTS_VERSION } from "@/lib/domain/commitments";
import { checkUpload, cleanFileName, MAX_CREDENTIAL_BYTES } from "@/lib/domain/credential-file";
import { canReadCredentials } from "@/lib/domain/roles";

describe("coach lifecycle", () => {
  const allowed: [string, string, string][] = [
    ["draft", "submit", "submitted"],
    ["changes_requested", "submit", "submitted"],
    ["submitted", "approve", "approved"],
    ["submitted", "reject", "rejected"],
    ["submitted", "requestChanges", "changes_requested"],
    ["approved", "revoke", "revoked"],
  ];
  it.each(allowed)("%s --%s--> %s", (from, event, to) => {
    expect(transition(from as never, event as never)).toEqual({ ok: true, to });
  });

  it("refuses every other move", () => {
    const ok = new Set(allowed.map(([from, event]) => `${from}:${event}`));
    for (const from of COACH_STATUSES)
      for (const event of COACH_EVENTS)
        if (!ok.has(`${from}:${event}`))
          expect(transition(from, event), `${from}:${event}`).toEqual({ ok: false, error: "transitionNotAllowed" });
  });

  it("lists what HR may decide on a submission", () => {
    expect(allowedEvents("submitted")).toEqual(["approve", "reject", "requestChanges"]);
    expect(allowedEvents("approved")).toEqual(["revoke"]);
    expect(allowedEvents("rejected")).toEqual([]);
  });

  it("leaves HR nothing to decide while the coach has the registration, or once it is over", () => {
    expect(COACH_STATUSES.filter(awaitsNoReview)).toEqual(["draft", "changes_requested", "rejected", "revoked"]);
  });

  it("lets credentials change only before review or when HR asked for changes", () => {
    expect(COACH_STATUSES.filter(credentialsEditable)).toEqual(["draft", "changes_requested"]);
  });

  it("lists only approved coaches who take clients and whose account is active", () => {
    const active = { disabledAt: null };
    expect(isListed({ status: "approved", availability: "open", user: active })).toBe(true);
    expect(isListed({ status: "approved", availability: "paused", user: active })).toBe(false);
    expect(isListed({ status: "approved", availability: "open", user: { disabledAt: new Date() } })).toBe(false);
    for (const status of COACH_STATUSES.filter((s) => s !== "approved"))
      expect(isListed({ status, availability: "open", user: active })).toBe(false);
  });

  it("says why a choice is refused: not approved (or disabled) before paused", () => {
    const active = { disabledAt: null };
    expect(whyNotListed({ status: "approved", availability: "open", user: active })).toBeNull();
    expect(whyNotListed({ status: "approved", availability: "paused", user: active })).toBe("paused");
    expect(whyNotListed({ status: "submitted", availability: "paused", user: active })).toBe("notApproved");
    expect(whyNotListed({ status: "approved", availability: "paused", user: { disabledAt: new Date() } })).toBe(
      "notApproved",
    );
  });
});

describe("credential files", () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);
  const pdf = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0);
  const exe = bytes(0x4d, 0x5a, 0x90, 0x00); // "MZ": a Windows executable

  it("recognises PDF, PNG and JPEG by their content", () => {
    expect(checkUpload({ size: 1000, head: pdf })).toEqual({ ok: true, kind: "pdf", contentType: "application/pdf" });
    expect(checkUpload({ size: 1000, head: png })).toMatchObject({ ok: true, kind: "png" });
    expect(checkUpload({ size: 1000, head: jpeg })).toMatchObject({ ok: true, kind: "jpeg" });
  });

  it("keeps a PDF renamed to .png a PDF, whatever its name says", () => {
    const check = checkUpload({ size: 1000, head: pdf });
    expect(check).toMatchObject({ kind: "pdf", contentType: "application/pdf" });
    expect(cleanFileName("certificate.png", "pdf")).toBe("certificate.pdf");
  });

  it("refuses an executable renamed to .pdf", () => {
    expect(checkUpload({ size: 1000, head: exe })).toEqual({ ok: false, error: "fileType" });
  });

  it("refuses an empty file", () => {
    expect(checkUpload({ size: 0, head: new Uint8Array() })).toEqual({ ok: false, error: "fileEmpty" });
  });

  it("refuses an 11 MB file and accepts exactly 10 MB", () => {
    expect(checkUpload({ size: 11 * 1024 * 1024, head: pdf })).toEqual({ ok: false, error: "fileTooLarge" });
    expect(checkUpload({ size: MAX_CREDENTIAL_BYTES, head: pdf }).ok).toBe(true);
  });

  it("keeps file names harmless", () => {
    expect(cleanFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(cleanFileName('C:\\Users\\me\\ICF "PCC".pdf', "pdf")).toBe("ICF PCC.pdf");
    expect(cleanFileName("", "jpeg")).toBe("document.jpg");
  });

  it("keeps only an extension that matches the content found", () => {
    expect(cleanFileName("page.html", "png")).toBe("page.png");
    expect(cleanFileName("scan.pdf.exe", "pdf")).toBe("scan.pdf");
    expect(cleanFileName("photo.JPEG", "jpeg")).toBe("photo.jpeg");
    expect(cleanFileName("photo.jpg", "png")).toBe("photo.png");
    expect(cleanFileName("report.v2.pdf", "pdf")).toBe("report.v2.pdf");
    expect(cleanFileName(".htaccess", "pdf")).toBe("document.pdf");
  });

  it("drops control characters and the marks that reorder or hide text", () => {
    // U+202E (right-to-left override) makes "invoice\u202Egnp.exe" read "invoiceexe.png".
    expect(cleanFileName("invoice\u202Egnp.exe", "png")).toBe("invoicegnp.png");
    expect(cleanFileName("a\u0000b\u0007c\u0085d.pdf", "pdf")).toBe("abcd.pdf");
    expect(cleanFileName("\u2066ICF\u2069 \u200Bcertificate\uFEFF.pdf", "pdf")).toBe("ICF certificate.pdf");
    expect(cleanFileName("\u202E\u202D", "pdf")).toBe("document.pdf");
    // Letters of every script stay.
    expect(cleanFileName("شهادة التدريب.pdf", "pdf")).toBe("شهادة التدريب.pdf");
    expect(cleanFileName("Attestation de réussite.pdf", "pdf")).toBe("Attestation de réussite.pdf");
  });
});

describe("submission requirements", () => {
  const complete: ProfileForSubmission = {
    name: "Priya Raman",
    entityId: "e",
    dutyStationId: "d",
    timeZone: "Africa/Nairobi",
    languages: ["en"],
    coachingLanguages: ["en"],
    expertiseAreas: ["career"],
    bioEn: "Coach",
    bioFr: null,
    credentialKind: "icf_training",
    trainingHours: 60,
    observedPractice: true,
    capacity: 2,
    documentCount: 1,
    commitmentsVersion: COMMITMENTS_VERSION,
    commitmentsAcceptedAt: new Date(),
  };

  it("accepts a complete registration", () => expect(missingForSubmission(complete)).toEqual([]));

  it("wants 50 hours or more of training including observed practice", () => {
    expect(trainingQualifies(49, true)).toBe(false);
    expect(trainingQualifies(50, false)).toBe(false);
    expect(trainingQualifies(50, true)).toBe(true);
    expect(missingForSubmission({ ...complete, trainingHours: 40, observedPractice: false })).toEqual([
      "trainingHours",
      "observedPractice",
    ]);
  });

  it("asks no training hours of an ICF-certified coach", () => {
    expect(
      missingForSubmission({ ...complete, credentialKind: "icf_pcc", trainingHours: null, observedPractice: null }),
    ).toEqual([]);
  });

  it("wants a capacity of 1 to 3 clients, at least one expertise area and one document", () => {
    expect(missingForSubmission({ ...complete, capacity: 4, expertiseAreas: [], documentCount: 0 })).toEqual([
      "expertise",
      "capacity",
      "documents",
    ]);
  });

  it("wants the current version of the commitments accepted", () => {
    expect(missingForSubmission({ ...complete, commitmentsVersion: "2020-01" })).toEqual(["commitments"]);
    expect(missingForSubmission({ ...complete, commitmentsAcceptedAt: null })).toEqual(["commitments"]);
  });
});

describe("who reads credentials", () => {
  it("is the coach, HR reviewers and programme admins only", () => {
    expect(canReadCredentials({ id: "coach", roles: ["coach"] }, "coach")).toBe(true);
    expect(canReadCredentials({ id: "other", roles: ["coach"] }, "coach")).toBe(false);
    expect(canReadCredentials({ id: "hr", roles: ["hr_reviewer"] }, "coach")).toBe(true);
    expect(canReadCredentials({ id: "admin", roles: ["programme_admin"] }, "coach")).toBe(true);
    expect(canReadCredentials({ id: "c", roles: ["client", "sponsor", "mentor", "mentee"] }, "coach")).toBe(false);
  });
});
