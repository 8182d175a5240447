import { StatusPanel } from "@/components/status-panel";

// The root layout sends its boundaries in every page's payload: without this file, Next's own
// 401 page (English, with its inline styles, 1.3 KB) was part of every page, though no page calls
// unauthorized() today.
export default function Unauthorized() {
  return <StatusPanel namespace="unauthorized" tone="text-slate-500" />;
}
