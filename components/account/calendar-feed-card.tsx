"use client";
// The person's calendar subscription on /account: makes their secret feed address (shown once:
// only its hash is kept), lets them copy it, and replaces it after a confirmation.
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { controlClass } from "@/components/ui/field";
import { regenerateCalendarFeedAction } from "@/lib/actions/regenerate-calendar-feed";

type Addresses = { https: string; webcal: string };

export function CalendarFeedCard({ since }: { since: string | null }) {
  const t = useTranslations("calendarFeed.card");
  const te = useTranslations("errors");
  const id = useId();
  const [addresses, setAddresses] = useState<Addresses | null>(null);
  const [replaced, setReplaced] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState<keyof Addresses | null>(null);
  const [pending, startTransition] = useTransition();
  const exists = since !== null || addresses !== null;

  const make = () =>
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await regenerateCalendarFeedAction();
        if (!result.ok) return setError(result.error);
        setReplaced(exists);
        setAddresses({ https: result.https, webcal: result.webcal });
        setCopied(null);
        setConfirming(false);
      } catch {
        setError(te("generic"));
      }
    });
  const copy = async (which: keyof Addresses) => {
    if (!addresses) return;
    try {
      await navigator.clipboard.writeText(addresses[which]);
      setCopied(which);
    } catch {
      // No clipboard (an insecure origin, a refused permission): the address stays selectable in its field.
      document.getElementById(`${id}-${which}`)?.focus();
    }
  };

  return (
    <div className="mt-3 space-y-4" data-testid="calendar-feed">
      {addresses ? (
        <div className="space-y-3">
          <Alert tone="success">{replaced ? t("regenerated") : t("shownOnce")}</Alert>
          {(["https", "webcal"] as const).map((which) => (
            <div key={which}>
              <label htmlFor={`${id}-${which}`} className="block font-medium text-slate-800">
                {t(which === "https" ? "httpsLabel" : "webcalLabel")}
              </label>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <input
                  id={`${id}-${which}`}
                  readOnly
                  value={addresses[which]}
                  onFocus={(e) => e.currentTarget.select()}
                  className={controlClass(false, "min-w-0 flex-1 font-mono text-sm")}
                  data-testid={`feed-${which}`}
                />
                <Button variant="secondary" size="sm" onClick={() => void copy(which)}>
                  {t(which === "https" ? "copy" : "copyWebcal")}
                </Button>
                {copied === which && (
                  <Alert tone="success" plain>
                    {t("copied")}
                  </Alert>
                )}
              </div>
            </div>
          ))}
          <p className="text-sm text-slate-700">{t("secret")}</p>
        </div>
      ) : (
        <p className="text-slate-700">{since ? t("since", { date: since }) : t("none")}</p>
      )}
      <ul className="list-outside list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t("outlook")}</li>
        <li>{t("google")}</li>
        <li>{t("refresh")}</li>
      </ul>
      <div>
        {exists ? (
          <Button variant="secondary" onClick={() => setConfirming(true)} disabled={pending}>
            {t("regenerate")}
          </Button>
        ) : (
          <Button onClick={make} pending={pending}>
            {t("create")}
          </Button>
        )}
      </div>
      {!confirming && <Alert tone="error">{error}</Alert>}
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t("confirmTitle")}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={make}
        pending={pending}
        error={error}
      >
        {t("confirmBody")}
      </ConfirmDialog>
    </div>
  );
}
