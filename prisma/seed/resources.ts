// Demo data for the resource library: the resources the mentoring session programme (seed 001)
// names without a link, as drafts of the mentoring programme attached to their sessions for an
// admin to complete ("link missing"), and two complete ones the demo mentee sees: the mentor's
// handbook as a PDF made here, and a guide on preparing sessions (a link on an example domain).
// A second run changes nothing: rows are compared, and the handbook's file is written only when
// its row or its file is missing.
import type { Prisma, ResourceKind } from "../../lib/generated/prisma/client";
import { streamOf, type FileStorage } from "../../lib/storage/file-storage";
import { MENTORING } from "./data";

type Tx = Prisma.TransactionClient;

/** The handbook's file in the uploads (a fixed key, so a second run finds it). */
export const HANDBOOK_KEY = "resources/5e0d1b7a-0000-4000-8000-00000000b001";

type Spec = {
  label: string;
  kind: ResourceKind;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  languages: ("en" | "fr")[];
  tags: string[];
  steps: string[];
  url?: string;
  file?: true;
};

const SPECS: Spec[] = [
  {
    label: "handbook",
    kind: "document",
    titleEn: "The mentor's handbook",
    titleFr: "Le manuel du mentor",
    descriptionEn:
      "What the programme expects of mentors, how the nine sessions unfold, and how to prepare the first one.",
    descriptionFr:
      "Ce que le programme attend des mentors, le déroulé des neuf séances et la préparation de la première.",
    languages: ["en"],
    tags: ["handbook", "mentoring"],
    steps: ["mentoring.getting-to-know"],
    file: true,
  },
  {
    label: "preparing-sessions",
    kind: "article",
    titleEn: "Preparing a mentoring session in ten minutes",
    titleFr: "Préparer une séance de mentorat en dix minutes",
    descriptionEn:
      "A short checklist for mentees and mentors: what to reread, what to bring, what to agree at the end.",
    descriptionFr:
      "Une courte liste pour les mentorés et les mentors : quoi relire, quoi apporter, quoi convenir à la fin.",
    languages: ["en", "fr"],
    tags: ["preparation", "mentoring"],
    steps: ["mentoring.getting-to-know", "mentoring.problem-solving", "mentoring.leadership"],
    url: "https://learning.example.org/mentoring/preparing-a-session",
  },
  {
    label: "linkedin-mentoring",
    kind: "video",
    titleEn: "LinkedIn video: what mentoring is",
    titleFr: "Vidéo LinkedIn : ce qu'est le mentorat",
    descriptionEn: "A short video on the roles of mentor and mentee, to watch before the first session.",
    descriptionFr: "Une courte vidéo sur les rôles de mentor et de mentoré, à regarder avant la première séance.",
    languages: ["en"],
    tags: ["mentoring", "video"],
    steps: ["mentoring.getting-to-know"],
  },
  {
    label: "more-on-mentoring",
    kind: "other",
    titleEn: "More videos and articles on mentoring",
    titleFr: "Autres vidéos et articles sur le mentorat",
    descriptionEn: "The further reading and viewing the programme team recommends before starting.",
    descriptionFr: "Les autres lectures et vidéos que l'équipe du programme recommande avant de commencer.",
    languages: ["en", "fr"],
    tags: ["mentoring"],
    steps: ["mentoring.getting-to-know"],
  },
  {
    label: "setting-goals",
    kind: "video",
    titleEn: "Video: setting goals",
    titleFr: "Vidéo : définir des objectifs",
    descriptionEn: "How to turn a wish into goals you can act on, for the second session.",
    descriptionFr: "Comment transformer une envie en objectifs sur lesquels agir, pour la deuxième séance.",
    languages: ["en"],
    tags: ["goals", "video"],
    steps: ["mentoring.setting-goals"],
  },
  {
    label: "leader-any-level",
    kind: "article",
    titleEn: "Hilary Jane Grosskopf, “How to be a Leader at any Level”",
    titleFr: "Hilary Jane Grosskopf, « How to be a Leader at any Level »",
    descriptionEn:
      "The article to read before the session on leadership: six behaviours anyone can practise in their role.",
    descriptionFr:
      "L'article à lire avant la séance sur le leadership : six comportements que chacun peut adopter dans son rôle.",
    languages: ["en"],
    tags: ["leadership", "article"],
    steps: ["mentoring.leadership"],
  },
  {
    label: "networking-dislike",
    kind: "video",
    titleEn: "Video: making contacts when you dislike networking",
    titleFr: "Vidéo : nouer des contacts quand on n'aime pas le réseautage",
    descriptionEn: "Ways to build a network that suit people who find networking hard.",
    descriptionFr: "Des façons de se constituer un réseau qui conviennent à ceux pour qui le réseautage est difficile.",
    languages: ["en"],
    tags: ["networking", "video"],
    steps: ["mentoring.networking"],
  },
  {
    label: "giving-feedback",
    kind: "article",
    titleEn: "Giving feedback: an article or a short video",
    titleFr: "Donner un avis : un article ou une courte vidéo",
    descriptionEn: "To prepare the session on peer feedback: how to give an opinion that helps.",
    descriptionFr: "Pour préparer la séance sur le feedback des pairs : comment donner un avis qui aide.",
    languages: ["en"],
    tags: ["feedback"],
    steps: ["mentoring.peer-feedback"],
  },
  {
    label: "reciprocity",
    kind: "video",
    titleEn: "Short video: why reciprocity improves mentoring",
    titleFr: "Courte vidéo : pourquoi la réciprocité améliore le mentorat",
    descriptionEn: "Why a relationship where both learn works better, before the session where roles are reversed.",
    descriptionFr:
      "Pourquoi une relation où chacun apprend fonctionne mieux, avant la séance où les rôles s'inversent.",
    languages: ["en"],
    tags: ["reciprocity", "video"],
    steps: ["mentoring.reversing-roles"],
  },
];

/** A one-page PDF 1.4 (Helvetica, ASCII text, exact offsets): the demo handbook. Pure. */
export function demoHandbookPdf(): Uint8Array {
  const lines = [
    "The mentor's handbook (demo)",
    "",
    "1. Listen as much as you speak.",
    "2. Let your mentee choose what to talk about.",
    "3. Keep what is said between you.",
    "4. Agree on the rhythm: about twice a month.",
    "5. Fill in the one-minute evaluation after each session.",
    "",
    "Demo document generated by the Binome seed.",
  ];
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = lines
    .map((l, i) => `BT /F1 ${i === 0 ? 20 : 13} Tf 72 ${740 - i * 26} Td (${esc(l)}) Tj ET`)
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

export async function seedResources(tx: Tx, storage: FileStorage): Promise<void> {
  const programme = await tx.programme.findUnique({ where: { slug: MENTORING }, select: { id: true } });
  if (!programme) return;
  const handbook = demoHandbookPdf();
  for (const s of SPECS) {
    const id = `seed_resource_${s.label.replace(/-/g, "_")}`;
    const file = s.file
      ? {
          storageKey: HANDBOOK_KEY,
          fileName: "mentor-handbook.pdf",
          contentType: "application/pdf",
          fileSize: handbook.length,
        }
      : null;
    const data = {
      programmeId: programme.id,
      titleEn: s.titleEn,
      titleFr: s.titleFr,
      descriptionEn: s.descriptionEn,
      descriptionFr: s.descriptionFr,
      languages: s.languages,
      tags: s.tags,
      kind: s.kind,
      url: s.url ?? null,
    };
    const existing = await tx.resource.findUnique({ where: { id }, select: { id: true } });
    if (!existing) {
      if (file) {
        const stored = await storage.open(file.storageKey);
        if (stored) await stored.stream.cancel();
        else await storage.put(file.storageKey, streamOf(handbook), handbook.length);
      }
      await tx.resource.create({ data: { id, ...data, ...(file ?? {}) } });
    } else if (file) {
      // The row is there: put the file back only if it went missing.
      const stored = await storage.open(file.storageKey);
      if (stored) await stored.stream.cancel();
      else await storage.put(file.storageKey, streamOf(handbook), handbook.length);
    }
    await tx.resourceStep.createMany({
      data: s.steps.map((stepKey) => ({ resourceId: id, stepKey })),
      skipDuplicates: true,
    });
  }
}
