import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { link } from "./styles";

/** "← Back to …" at the top of a page. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={`text-sm ${link}`}>
      ← {children}
    </Link>
  );
}
