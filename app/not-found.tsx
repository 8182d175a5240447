import { StatusPanel } from "@/components/status-panel";

export default function NotFound() {
  return <StatusPanel namespace="notFound" tone="text-slate-500" />;
}
