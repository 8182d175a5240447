import { getFormatter, getTranslations } from "next-intl/server";
import type { CredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { ReviewSection } from "./review-parts";

/** The coach's credential documents, each shown inline (PDFs in a frame, images as they are) with a link to open it. */
export async function SubmittedDocuments({ documents }: { documents: CredentialSubmission["documents"] }) {
  const [t, format] = await Promise.all([getTranslations("hrCredentials"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  return (
    <ReviewSection
      id="documents"
      title={t("detail.documents")}
      aside={<span className="text-sm text-slate-600">{documents.length}</span>}
    >
      {documents.length === 0 ? (
        <p className="text-slate-600">{t("detail.noDocuments")}</p>
      ) : (
        <ul className="space-y-6">
          {documents.map((doc) => {
            const src = `/api/files/credentials/${doc.id}`;
            return (
              <li key={doc.id} data-testid="credential-document">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium">{doc.fileName}</p>
                  <a href={src} target="_blank" rel="noopener noreferrer" className="text-sm text-brand-700 underline">
                    {t("detail.openDocument")}
                    <span className="sr-only"> ({doc.fileName})</span>
                  </a>
                </div>
                <p className="text-xs text-slate-600">
                  {t("detail.documentMeta", {
                    size: format.number(doc.size / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }),
                    date: day(doc.uploadedAt),
                  })}
                </p>
                {doc.contentType === "application/pdf" ? (
                  <iframe
                    src={`${src}#navpanes=0&view=FitH`}
                    title={t("detail.documentFrame", { name: doc.fileName })}
                    className="mt-2 h-[560px] w-full rounded border border-slate-300 bg-slate-100"
                  />
                ) : doc.contentType.startsWith("image/") ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a private, uncached file: no image optimisation
                  <img
                    src={src}
                    alt={t("detail.documentFrame", { name: doc.fileName })}
                    className="mt-2 max-h-[560px] rounded border border-slate-300"
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </ReviewSection>
  );
}
