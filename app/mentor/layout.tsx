import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /mentor (lib/i18n/client-messages.ts). */
export default function MentorLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="mentor">{children}</SegmentMessages>;
}
