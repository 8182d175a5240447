import { describe, expect, it } from "vitest";
import {
  archiveEntryName,
  DAY_MS,
  erasableFrom,
  erasedEmail,
  erasureStatus,
  exportFileName,
  pageNumber,
} from "@/lib/domain/personal-data";

const NOW = new Date("2026-12-03T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe("erasure status", () => {
  it("follows the person from active to erased", () => {
    expect(erasureStatus({ leftAt: null, anonymisedAt: null }, 365, NOW)).toBe("active");
    expect(erasureStatus({ leftAt: ago(364), anonymisedAt: null }, 365, NOW)).toBe("retained");
    expect(erasureStatus({ leftAt: ago(365), anonymisedAt: null }, 365, NOW)).toBe("due");
    expect(erasureStatus({ leftAt: ago(400), anonymisedAt: ago(1) }, 365, NOW)).toBe("erased");
    expect(erasureStatus({ leftAt: NOW, anonymisedAt: null }, 0, NOW)).toBe("due");
  });

  it("says from when a person may be erased", () => {
    expect(erasableFrom(new Date("2025-01-01T00:00:00Z"), 365)).toEqual(new Date("2026-01-01T00:00:00Z"));
  });
});

describe("names", () => {
  it("gives an erased person a unique address that reaches nobody", () => {
    expect(erasedEmail("ckabc")).toBe("erased-ckabc@invalid");
  });

  it("names the archive by date only", () => {
    expect(exportFileName(NOW)).toBe("binome-my-data-2026-12-03.zip");
  });

  it("keeps archive entries inside their folder, whatever the uploaded name", () => {
    expect(archiveEntryName("credentials", "d1", "../../etc/passwd")).toBe("files/credentials/d1-__.._etc_passwd");
    expect(archiveEntryName("credentials", "d1", "Certificat ICF.pdf")).toBe("files/credentials/d1-Certificat ICF.pdf");
    expect(archiveEntryName("photo", "p1", "")).toBe("files/photo/p1-file");
  });

  it("reads a page number, 1 for anything else", () => {
    expect(pageNumber("3")).toBe(3);
    for (const raw of [undefined, "", "0", "-2", "abc", "1e3", "99999999"]) expect(pageNumber(raw)).toBe(1);
  });
});
