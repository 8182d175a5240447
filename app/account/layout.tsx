import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /account (lib/i18n/client-messages.ts). */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="account">{children}</SegmentMessages>;
}
