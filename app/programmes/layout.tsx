import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /programmes (lib/i18n/client-messages.ts). */
export default function ProgrammesLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="programmes">{children}</SegmentMessages>;
}
