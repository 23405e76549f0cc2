import { requireCurrentUser } from "@/lib/auth/current-user";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { listUpcomingSessions } from "@/lib/scheduling/list-sessions";
import { CounselorHome } from "@/components/counselor-home";
import { MemberHome } from "@/components/member-home";
import { listMySummaries } from "@/lib/summaries/list-my-summaries";
import { listMyAssignments } from "@/lib/exercises/list-assignments";
import { listAwaitingReview } from "@/lib/exercises/list-awaiting-review";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await requireCurrentUser();
  const [families, upcoming] = await Promise.all([
    listMyFamilies({ actor: user }),
    listUpcomingSessions({ actor: user, take: 20 }),
  ]);
  return user.role === "COUNSELOR" ? (
    <CounselorHome
      user={user}
      families={families}
      upcoming={upcoming}
      awaitingReview={await listAwaitingReview({ actor: user })}
    />
  ) : (
    <MemberHome
      user={user}
      families={families}
      upcoming={upcoming}
      summaries={await listMySummaries({ actor: user })}
      exercises={(await listMyAssignments({ actor: user })).mine}
    />
  );
}
