// The signed-in person for pages and route handlers. The user is re-read from
// the database on each request, so a deleted account loses access at once.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import type { Role } from "@/lib/db/generated/enums";

export type CurrentUser = { id: string; email: string; name: string; role: Role; timeZone: string };

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true },
  });
}

export async function requireCurrentUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
