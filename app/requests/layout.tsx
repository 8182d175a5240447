import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /requests (lib/i18n/client-messages.ts). */
export default function RequestsLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="requests">{children}</SegmentMessages>;
}
