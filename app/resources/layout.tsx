import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /resources (lib/i18n/client-messages.ts). */
export default function ResourcesLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="resources">{children}</SegmentMessages>;
}
