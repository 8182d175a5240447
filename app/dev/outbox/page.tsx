import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { getFormatter, getTranslations } from "next-intl/server";
import { attachmentsOf } from "@/lib/email/outbox";
import { db } from "@/lib/server/db";
import { outboxPageEnabled } from "@/lib/server/outbox-page";

// Demo and development only: lets a developer (or an e2e test) read the e-mails, including
// sign-in links, when no mail server is configured. Elsewhere the page does not exist.
export default async function OutboxPage() {
  if (!outboxPageEnabled()) notFound();
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const emails = await db().outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {emails.length === 0 && <p className="text-slate-600">{t("empty")}</p>}
      <ul className="space-y-4">
        {emails.map((e) => (
          <Card as="li" key={e.id} padding="compact" data-testid="outbox-email" data-to={e.to}>
            <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("to")}</dt>
              <dd>{e.to}</dd>
              <dt className="text-slate-600">{t("subject")}</dt>
              <dd className="font-medium">{e.subject}</dd>
              <dt className="text-slate-600">{t("status")}</dt>
              <dd>{t(`statuses.${e.status}`)}</dd>
              <dt className="text-slate-600">{t("created")}</dt>
              <dd>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            </dl>
            <pre className="mt-3 whitespace-pre-wrap break-all rounded bg-slate-50 p-3 text-sm">{e.text}</pre>
            {attachmentsOf(e.attachments).length > 0 && (
              <div className="mt-3 text-sm">
                <p className="font-medium text-slate-700">{t("attachments")}</p>
                <ul className="mt-1 space-y-1">
                  {attachmentsOf(e.attachments).map((a, i) => (
                    <li key={a.filename + i}>
                      <a
                        href={`/dev/outbox/${e.id}/attachments/${i}`}
                        download={a.filename}
                        className={link}
                        data-testid="outbox-attachment"
                      >
                        {a.filename}
                      </a>{" "}
                      <span className="text-slate-600">({a.contentType})</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
        ))}
      </ul>
    </div>
  );
}
