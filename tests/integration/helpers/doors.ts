// Every door of the portal in one place, for the guard tests: each exported server action, and
// each /api/v1 route with a request that would pass its own checks. A new action or route that is
// not listed here fails tests/integration/doors-inventory.test.ts.
import { GET as attachmentRoute } from "@/app/api/v1/attachments/[id]/route";
import { POST as uploadRoute } from "@/app/api/v1/attachments/route";
import { POST as reportStepRoute } from "@/app/api/v1/reports/[id]/steps/route";
import { POST as importRoute } from "@/app/api/v1/reports/import/route";
import { POST as saveReportRoute } from "@/app/api/v1/reports/route";
import { GET as auditExportRoute } from "@/app/api/v1/audit/export/route";
import { GET as dashboardExportRoute } from "@/app/api/v1/dashboard/export/route";
import { GET as ledgerRoute } from "@/app/api/v1/dashboard/ledger/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as progressRoute } from "@/app/api/v1/plans/[year]/progress/route";
import { GET as quotaWorkbookRoute } from "@/app/api/v1/plans/[year]/quotas/route";
import { GET as planRoute } from "@/app/api/v1/plans/[year]/route";
import { GET as reportsRoute } from "@/app/api/v1/reports/route";
import { GET as templateRoute } from "@/app/api/v1/reports/template/route";
import { GET as unitRoute } from "@/app/api/v1/units/[code]/route";
import * as accountActions from "@/lib/account/actions";
import * as securityActions from "@/lib/account/security-actions";
import * as adminActions from "@/lib/admin/actions";
import * as attachmentActions from "@/lib/attachments/actions";
import * as dashboardActions from "@/lib/dashboard/actions";
import * as extensionActions from "@/lib/extensions/actions";
import * as notificationActions from "@/lib/notifications/actions";
import * as planActions from "@/lib/plans/actions";
import * as publishActions from "@/lib/plans/publish/actions";
import * as quotaActions from "@/lib/plans/quotas/actions";
import * as planAdminActions from "@/lib/plans/admin/actions";
import * as weightActions from "@/lib/plans/weight-actions";
import * as reminderActions from "@/lib/reminders/actions";
import * as reminderRuleActions from "@/lib/reminders/auto/rule-actions";
import * as reportActions from "@/lib/reports/actions";
import * as excelActions from "@/lib/reports/excel-actions";

export const ALL_ACTIONS = {
  ...planActions,
  ...adminActions,
  ...accountActions,
  ...securityActions,
  ...reportActions,
  ...notificationActions,
  ...reminderActions,
  ...reminderRuleActions,
  ...extensionActions,
  ...attachmentActions,
  ...excelActions,
  ...weightActions,
  ...quotaActions,
  ...publishActions,
  ...planAdminActions,
  ...dashboardActions,
} as Record<string, (input: unknown) => Promise<{ ok: boolean; message?: string }>>;

const BASE = "http://portal.test";
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

function get(path: string, handler: unknown, params: Record<string, string> = {}) {
  return {
    name: `GET ${path.split("?")[0].replace(/\/attachments\/\d+$/, "/attachments/[id]")}`,
    method: "GET" as const,
    call: (headers: Record<string, string>) =>
      (handler as Handler)(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(params as never) }),
  };
}

function postJson(path: string, handler: unknown, body: object, params: Record<string, string> = {}) {
  return {
    name: `POST ${path.replace(/\/reports\/\d+\//, "/reports/[id]/")}`,
    method: "POST" as const,
    call: (headers: Record<string, string>) =>
      (handler as Handler)(
        new Request(`${BASE}${path}`, {
          method: "POST",
          body: JSON.stringify(body),
          headers: { host: "portal.test", "content-type": "application/json", ...headers },
        }),
        { params: Promise.resolve(params as never) },
      ),
  };
}

export const API_ROUTES = [
  get("/api/v1/me", meRoute),
  get("/api/v1/plans/2022", planRoute, { year: "2022" }),
  get("/api/v1/plans/2022/progress?period=2022-10", progressRoute, { year: "2022" }),
  get("/api/v1/plans/2022/quotas", quotaWorkbookRoute, { year: "2022" }),
  get("/api/v1/units/licheng", unitRoute, { code: "licheng" }),
  get("/api/v1/reports?period=2022-10", reportsRoute),
  get("/api/v1/reports/template?period=2022-10", templateRoute),
  get("/api/v1/dashboard/export?view=plan&period=2022-10", dashboardExportRoute),
  get("/api/v1/dashboard/ledger?period=2022-10", ledgerRoute),
  get("/api/v1/audit/export", auditExportRoute),
  get("/api/v1/attachments/1", attachmentRoute, { id: "1" }),
  postJson("/api/v1/reports", saveReportRoute, { pointId: 1, period: "2022-10", expectedVersion: null }),
  postJson("/api/v1/reports/1/steps", reportStepRoute, { step: "sign", expectedVersion: 1 }, { id: "1" }),
  {
    name: "POST /api/v1/reports/import",
    method: "POST" as const,
    call: (headers: Record<string, string>) => {
      const form = new FormData();
      form.set("file", new File([new Uint8Array([80, 75, 3, 4])], "填报.xlsx"));
      return (importRoute as unknown as (request: Request) => Promise<Response>)(
        new Request(`${BASE}/api/v1/reports/import`, {
          method: "POST",
          body: form,
          headers: { host: "portal.test", ...headers },
        }),
      );
    },
  },
  {
    name: "POST /api/v1/attachments",
    method: "POST" as const,
    call: (headers: Record<string, string>) => {
      const form = new FormData();
      form.set("reportId", "1");
      form.set("file", new File([new Uint8Array([37, 80, 68, 70])], "a.pdf", { type: "application/pdf" }));
      return (uploadRoute as unknown as (request: Request) => Promise<Response>)(
        new Request(`${BASE}/api/v1/attachments`, {
          method: "POST",
          body: form,
          headers: { host: "portal.test", ...headers },
        }),
      );
    },
  },
];

/** The route files under app/api/v1, as "GET /api/v1/…" names, to check the list above is whole. */
export const API_ROUTE_NAMES = API_ROUTES.map((route) => route.name);
