import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /coaches (lib/i18n/client-messages.ts). */
export default function CoachesLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="coaches">{children}</SegmentMessages>;
}
