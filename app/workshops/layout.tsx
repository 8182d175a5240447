import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /workshops (lib/i18n/client-messages.ts). */
export default function WorkshopsLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="workshops">{children}</SegmentMessages>;
}
