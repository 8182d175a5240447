import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type Segment, segmentMessages } from "@/lib/i18n/client-messages";

/**
 * The layout of a top-level folder of app/: its pages' client components receive the messages
 * they translate with, and no others (lib/i18n/client-messages.ts).
 */
export async function SegmentMessages({ segment, children }: { segment: Segment; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={segmentMessages(messages, segment)}>{children}</NextIntlClientProvider>;
}
