"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useActionVerb } from "@/components/use-action-verb";
import { removeResourceFileAction } from "@/lib/actions/remove-resource-file";

/** Removes a resource's uploaded file after a confirmation (then a link can be given instead). */
export function RemoveFileButton({ resourceId, fileName }: { resourceId: string; fileName: string }) {
  const t = useTranslations("resources.admin");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button type="button" variant="secondary" tone="danger" onClick={() => setConfirming(true)}>
        {t("removeFile")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t("removeFileTitle", { name: fileName })}
        confirmLabel={t("removeFileConfirm")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => removeResourceFileAction({ resourceId }),
            () => setConfirming(false),
          )
        }
      >
        <p>{t("removeFileExplained")}</p>
      </ConfirmDialog>
    </>
  );
}
