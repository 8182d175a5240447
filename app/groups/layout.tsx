import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /groups (lib/i18n/client-messages.ts). */
export default function GroupsLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="groups">{children}</SegmentMessages>;
}
