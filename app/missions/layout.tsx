import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /missions (lib/i18n/client-messages.ts). */
export default function MissionsLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="missions">{children}</SegmentMessages>;
}
