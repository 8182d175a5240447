import { getTranslations } from "next-intl/server";
import { CHARTER, CHARTER_GROUPS } from "@/lib/domain/charter";

/** The confidentiality commitment and the coach's ethics charter, in the reader's language. */
export async function CommitmentsText() {
  const t = await getTranslations("commitments");
  return (
    <div
      role="region"
      aria-label={`${t("confidentiality.title")} · ${t("charter.title")}`}
      tabIndex={0}
      className="max-h-[28rem] space-y-6 overflow-y-auto rounded-md border border-slate-200 bg-slate-50 p-5 text-sm leading-relaxed text-slate-700"
    >
      <article>
        <h3 className="text-base font-semibold text-slate-900">{t("confidentiality.title")}</h3>
        <div className="mt-2 space-y-2">
          <p>{t("confidentiality.p1")}</p>
          <p>{t("confidentiality.p2")}</p>
          <p>{t("confidentiality.p3")}</p>
        </div>
      </article>
      <article>
        <h3 className="text-base font-semibold text-slate-900">{t("charter.title")}</h3>
        <p className="mt-2">{t("charter.intro")}</p>
        {CHARTER_GROUPS.map((group) => (
          <section key={group} className="mt-4">
            <h4 className="font-semibold text-brand-700">{t(`charter.groups.${group}`)}</h4>
            <dl className="mt-2 space-y-2">
              {CHARTER[group].map((item) => (
                <div key={item}>
                  <dt className="font-medium text-slate-900">{t(`charter.items.${item}.title`)}</dt>
                  <dd>{t(`charter.items.${item}.body`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </article>
    </div>
  );
}
