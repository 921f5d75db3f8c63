import { describe, expect, it } from "vitest";
import { headerDataOf } from "@/lib/auth/header-data";
import type { Viewer } from "@/lib/auth/viewer-type";

const approver: Viewer = {
  userId: 1,
  username: "licheng-approver",
  displayName: "荔城区审核人",
  role: "COUNTY_APPROVER",
  unitId: 7,
  unitCode: "licheng",
  unitName: "荔城区",
  unitKind: "COUNTY",
  sessionId: null,
  mustChangePassword: false,
  mustEnrolTotp: false,
};

describe("the header's counts", () => {
  it("stand beside 本月填报 and 待审核 only", () => {
    const header = headerDataOf(approver, { unread: 4, filing: 2, reviews: 3 });
    const counts = Object.fromEntries(header.navigation.map((item) => [item.label, item.count]));
    expect(counts).toEqual({
      本县看板: undefined,
      工作要点: undefined,
      本单位任务: undefined,
      本月填报: 2,
      待审核: 3,
      延期申请: undefined,
      办结销号: undefined,
    });
    expect(header.unreadCount).toBe(4);
    expect(header.displayName).toBe("荔城区审核人");
  });

  it("are left out, with the navigation, while a password change is pending", () => {
    const header = headerDataOf({ ...approver, mustChangePassword: true }, null);
    expect(header.navigation).toEqual([]);
    expect(header.unreadCount).toBeNull();
  });
});
