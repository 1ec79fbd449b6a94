/** Liveness for Playwright's webServer and deploy checks: the app is serving requests. */
export function GET() {
  return Response.json({ ok: true });
}
