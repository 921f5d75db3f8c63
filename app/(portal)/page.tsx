import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/navigation";
import { requireViewer } from "@/lib/auth/viewer";

export default async function HomePage() {
  const viewer = await requireViewer("session.read");
  if (viewer.mustChangePassword) redirect("/account/password");
  if (viewer.mustEnrolTotp) redirect("/account/security");
  redirect(homeFor(viewer));
}
