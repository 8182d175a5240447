import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /accessibility (lib/i18n/client-messages.ts). */
export default function AccessibilityLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="accessibility">{children}</SegmentMessages>;
}
