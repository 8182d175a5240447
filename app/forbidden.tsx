import { StatusPanel } from "@/components/status-panel";

export default function Forbidden() {
  return <StatusPanel namespace="forbidden" tone="text-red-700" />;
}
