import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /coach (lib/i18n/client-messages.ts). */
export default function CoachLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="coach">{children}</SegmentMessages>;
}
