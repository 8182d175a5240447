import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /engagements (lib/i18n/client-messages.ts). */
export default function EngagementsLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="engagements">{children}</SegmentMessages>;
}
