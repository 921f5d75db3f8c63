import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/id";

export const markReadSchema = z.object({ id: idSchema("通知编号") });

// "All" means all up to the newest one the person was shown, so one that arrives meanwhile stays unread.
export const markAllReadSchema = z.object({ upToId: idSchema("通知编号") });
