import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /supervision (lib/i18n/client-messages.ts). */
export default function SupervisionLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="supervision">{children}</SegmentMessages>;
}
