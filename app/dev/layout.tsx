import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /dev (lib/i18n/client-messages.ts). */
export default function DevLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="dev">{children}</SegmentMessages>;
}
