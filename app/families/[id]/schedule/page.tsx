import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { requireFamilyCounselor } from "@/lib/families/family-access";
import { getFamily } from "@/lib/families/get-family";
import { orNotFound } from "@/lib/http/page-guard";
import { ScheduleSessionForm } from "@/components/schedule-session-form";
import { scheduleSessionAction } from "@/app/sessions/actions";
import { timeZoneOptions } from "@/lib/validation/time-zones";

export const metadata: Metadata = { title: "Schedule a session" };

export default async function ScheduleSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  await orNotFound(requireFamilyCounselor(user, id));
  const family = await getFamily({ actor: user, familyId: id });
  return (
    <div className="narrow" style={{ maxWidth: 640 }}>
      <p>
        <Link href={`/families/${family.id}`}>← {family.name}</Link>
      </p>
      <div className="card">
        <h1>Schedule a session</h1>
        <ScheduleSessionForm
          action={scheduleSessionAction.bind(null, family.id)}
          timeZone={user.timeZone}
          timeZones={timeZoneOptions(user.timeZone)}
          members={family.members.map((m) => ({ name: m.name, timeZone: m.timeZone }))}
        />
      </div>
    </div>
  );
}
