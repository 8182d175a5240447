import { SegmentMessages } from "@/components/segment-messages";

/** The client messages of the pages under /signin (lib/i18n/client-messages.ts). */
export default function SigninLayout({ children }: { children: React.ReactNode }) {
  return <SegmentMessages segment="signin">{children}</SegmentMessages>;
}
