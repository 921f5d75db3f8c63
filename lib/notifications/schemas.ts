import { z } from "zod";

export const markReadSchema = z.object({ id: z.number({ error: "通知编号无效" }).int().positive() });

// "All" means all up to the newest one the person was shown, so one that arrives meanwhile stays unread.
export const markAllReadSchema = z.object({ upToId: z.number({ error: "通知编号无效" }).int().positive() });
