// GET /api/health: the process is alive and answers (a liveness probe). It reads nothing, needs
// no session, and answers 200 even while the instance drains or its database is out of reach:
// restarting the process would not help then. Readiness is /api/health/ready.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
