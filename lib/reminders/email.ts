// Reminder email, only when SMTP is configured (SMTP_URL, e.g. smtps://user:pass@smtp.example.cn:465).
// Accounts carry no address, so mail goes to each unit's office mailbox, configured as
// UNIT_EMAILS="licheng=mzj@example.cn,hanjiang=mzj@example.cn" (repeat a code for a second address;
// lib/env.ts reads both and refuses a malformed entry at start).
// Mail is a courtesy beside the in-app notification: failures are logged and never undo a reminder.
import "server-only";
import { type PortalEnv, portalEnv } from "@/lib/env";

export type ReminderMail = { unitCode: string; subject: string; text: string };
export type MailOutcome = { sent: number; failed: number };

export async function emailReminders(mails: ReminderMail[], env: PortalEnv = portalEnv()): Promise<MailOutcome> {
  const url = env.SMTP_URL;
  if (!url || mails.length === 0) return { sent: 0, failed: 0 };
  const addresses = env.UNIT_EMAILS;
  const addressed = mails.filter((mail) => addresses.has(mail.unitCode));
  const unaddressed = mails.filter((mail) => !addresses.has(mail.unitCode)).map((mail) => mail.unitCode);
  if (unaddressed.length) console.warn(`[reminder email] 未配置邮箱的单位,未发邮件: ${unaddressed.join(", ")}`);
  try {
    const { createTransport } = await import("nodemailer");
    const transport = createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    const from = env.SMTP_FROM;
    const results = await Promise.allSettled(
      addressed.map((mail) =>
        transport.sendMail({ from, to: addresses.get(mail.unitCode), subject: mail.subject, text: mail.text }),
      ),
    );
    results.forEach((result, index) => {
      if (result.status === "rejected")
        console.error(`[reminder email] ${addressed[index].unitCode}: ${errorText(result.reason)}`);
    });
    const failed = results.filter((result) => result.status === "rejected").length;
    return { sent: results.length - failed, failed };
  } catch (error) {
    console.error(`[reminder email] ${errorText(error)}`);
    return { sent: 0, failed: addressed.length };
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
