import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { getFormatter, getTranslations } from "next-intl/server";
import { attachmentsOf } from "@/lib/email/outbox";
import { db } from "@/lib/server/db";
import { outboxPageEnabled } from "@/lib/server/outbox-page";

/** E-mails per page: a few screens of reading, not the whole outbox at once. */
const PAGE_SIZE = 20;

// Demo and development only: lets a developer (or an e2e test) read the e-mails, including
// sign-in links, when no mail server is configured. Elsewhere the page does not exist.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  if (!outboxPageEnabled()) notFound();
  const [{ page: rawPage }, t, format] = await Promise.all([searchParams, getTranslations("outbox"), getFormatter()]);
  const total = await db().outboxEmail.count();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const asked = typeof rawPage === "string" && /^\d{1,6}$/.test(rawPage) ? Number(rawPage) : 1;
  const page = Math.min(Math.max(1, asked), pages);
  const emails = await db().outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  const pager = pages > 1 && (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={page === 2 ? "/dev/outbox" : `/dev/outbox?page=${page - 1}`} className={link} rel="prev">
          ← {t("newer")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700" aria-current="page">
        {t("page", { page, pages })}
      </span>
      {page < pages ? (
        <Link href={`/dev/outbox?page=${page + 1}`} className={link} rel="next">
          {t("older")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {total === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <p className="text-sm text-slate-700">{t("count", { count: total })}</p>
      )}
      {pager}
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
      {pager}
    </div>
  );
}
