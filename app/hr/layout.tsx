import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /hr (lib/i18n/client-messages.ts). */
export default function HrLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="hr">{children}</SegmentMessages>;
}
