import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /about (lib/i18n/client-messages.ts). */
export default function AboutLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="about">{children}</SegmentMessages>;
}
