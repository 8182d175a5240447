import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type Segment, SEGMENT_NAMESPACES, segmentMessages } from "@/lib/i18n/client-messages";

/**
 * The layout of a top-level folder of app/: its pages' client components receive the messages
 * they translate with, and no others (lib/i18n/client-messages.ts). A folder whose pages need no
 * more than the shell's messages gets no provider of its own: the root layout's already holds them,
 * and a second one would put the same messages into the page a second time.
 */
export async function SegmentMessages({ segment, children }: { segment: Segment; children: React.ReactNode }) {
  if (SEGMENT_NAMESPACES[segment].length === 0) return children;
  const messages = await getMessages();
  return <NextIntlClientProvider messages={segmentMessages(messages, segment)}>{children}</NextIntlClientProvider>;
}
