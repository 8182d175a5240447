import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /mentors (lib/i18n/client-messages.ts). */
export default function MentorsLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="mentors">{children}</SegmentMessages>;
}
