import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/navigation";
import { requireViewer } from "@/lib/auth/viewer";

export default async function HomePage() {
  redirect(homeFor(await requireViewer()));
}
