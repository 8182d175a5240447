"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionVerb } from "@/components/use-action-verb";
import { setResourcePublishedAction } from "@/lib/actions/set-resource-published";

/** Unpublishes a resource (participants no longer see it), or publishes it again. */
export function PublishButton({ resourceId, published }: { resourceId: string; published: boolean }) {
  const t = useTranslations("resources.admin");
  const { pending, error, run } = useActionVerb();
  return (
    <div className="space-y-2">
      <p className="text-slate-700">{published ? t("unpublishLead") : t("republishLead")}</p>
      <Button
        variant="secondary"
        tone={published ? "danger" : undefined}
        pending={pending}
        onClick={() => run(() => setResourcePublishedAction({ resourceId, published: !published }))}
      >
        {published ? t("unpublish") : t("republish")}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
