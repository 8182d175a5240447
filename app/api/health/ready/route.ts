import { checkReadiness } from "@/lib/server/health/check-readiness";

// GET /api/health/ready: whether this instance should get traffic (a load balancer's or
// orchestrator's readiness probe). 200 when the database answers, the migrations this build ships
// are applied, file storage answers and the instance is not stopping; 503 otherwise. The JSON has
// one entry per check, with a short fixed phrase on failure and no address, key or host name:
//   {"status":"ready","checks":{"database":{"status":"ok","durationMs":2},…,"shutdown":{…}}}
// No session is needed, and proxy.ts lets it through while the database is out of reach, so that
// this answer can say so. After SIGTERM the check "shutdown" fails ("draining") for the requests
// still being served, while new connections are refused (scripts/server-lifecycle.cjs).
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ready" : "not ready", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
