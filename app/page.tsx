import { requireCurrentUser } from "@/lib/auth/current-user";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { CounselorHome } from "@/components/counselor-home";
import { MemberHome } from "@/components/member-home";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await requireCurrentUser();
  const families = await listMyFamilies({ actor: user });
  return user.role === "COUNSELOR" ? <CounselorHome user={user} families={families} /> : <MemberHome user={user} families={families} />;
}
