import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /networking (lib/i18n/client-messages.ts). */
export default function NetworkingLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="networking">{children}</SegmentMessages>;
}
