import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /admin (lib/i18n/client-messages.ts). */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="admin">{children}</SegmentMessages>;
}
