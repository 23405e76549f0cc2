import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getFamily } from "@/lib/families/get-family";
import { listFamilySessions } from "@/lib/scheduling/list-sessions";
import { orNotFound } from "@/lib/http/page-guard";
import { formatDay } from "@/lib/scheduling/local-time";
import { describeTimeZone } from "@/lib/validation/time-zones";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextField } from "@/components/form/fields";
import { SessionList } from "@/components/session-list";
import { listFamilyNotes } from "@/lib/notes/list-family-notes";
import { FamilyNotes } from "@/components/notes/family-notes";
import { archiveFamilyAction } from "@/app/sessions/record-actions";
import { FamilyExercises } from "@/components/exercises/family-exercises";
import { inviteMemberAction, removeMemberAction, resendInvitationAction, revokeInvitationAction } from "../actions";

export const metadata: Metadata = { title: "Family" };

const ROLE = { PARENT: "Parent", TEEN: "Teen" } as const;

export default async function FamilyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const family = await orNotFound(getFamily({ actor: user, familyId: id }));
  const sessions = await orNotFound(listFamilySessions({ actor: user, familyId: id }));
  const zone = user.timeZone;
  const notes = family.isCounselor ? await listFamilyNotes({ actor: user, familyId: family.id }) : null;

  return (
    <>
      <div className="page-head">
        <h1>{family.name}</h1>
        {family.isCounselor ? (
          <Link className="button" href={`/families/${family.id}/schedule`}>
            Schedule a session
          </Link>
        ) : null}
      </div>
      {family.description ? <p className="muted">{family.description}</p> : null}
      {!family.isCounselor ? <p>Counselor: {family.counselor.name}</p> : null}

      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        {family.members.length === 0 ? <p className="muted">No one has joined yet.</p> : null}
        <table className="table stack" aria-labelledby="members-heading">
          <tbody>
            {family.members.map((m) => (
              <tr key={m.userId} data-testid="member-row">
                <td>
                  {m.name} <span className="muted">· {ROLE[m.role]}</span>
                  {m.email ? <div className="muted">{m.email}</div> : null}
                </td>
                {family.isCounselor ? (
                  <>
                    <td className="muted">{m.timeZone ? describeTimeZone(m.timeZone).label : null}</td>
                    <td>
                      <ActionForm
                        action={removeMemberAction.bind(null, family.id, m.userId)}
                        submitLabel="Remove"
                        submitAriaLabel={`Remove ${m.name}`}
                        submitClassName="secondary danger"
                        confirm={{
                          title: `Remove ${m.name} from ${family.name}?`,
                          // Said before, not found out after: a live session, the record, and the way back.
                          body: "They lose access to the family at once, including a session that is live now. Their messages stay in the session records; their exercises and progress come back if you invite them again.",
                          action: "Remove",
                        }}
                      >
                        {null}
                      </ActionForm>
                    </td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {family.isCounselor ? (
        <section className="card" aria-labelledby="invite-heading">
          <h2 id="invite-heading">Invite a member</h2>
          <ActionForm
            action={inviteMemberAction.bind(null, family.id)}
            submitLabel="Send invitation"
            pendingLabel="Sending…"
            resetOnSuccess
            testId="invite-form"
          >
            <div className="row">
              <TextField name="name" label="Name" autoComplete="off" />
              <TextField name="email" label="Email" type="email" autoComplete="off" />
              <SelectField
                name="role"
                label="Role"
                options={[
                  { value: "PARENT", label: "Parent" },
                  { value: "TEEN", label: "Teen" },
                ]}
              />
            </div>
          </ActionForm>
          {family.invitations.length ? (
            <>
              <h3>Pending invitations</h3>
              <table className="table stack" aria-label="Pending invitations">
                <tbody>
                  {family.invitations.map((i) => (
                    <tr key={i.id} data-testid="invitation-row">
                      <td>
                        {i.name}{" "}
                        <span className="muted">
                          · {ROLE[i.role]} · {i.email}
                        </span>
                        <div className="muted">
                          {i.state === "expired" ? "Expired" : `Expires ${formatDay(i.expiresAt, zone)}`}
                        </div>
                      </td>
                      <td className="actions">
                        <ActionForm
                          action={resendInvitationAction.bind(null, i.id)}
                          submitLabel="Resend"
                          submitClassName="secondary"
                        >
                          {null}
                        </ActionForm>
                        <ActionForm
                          action={revokeInvitationAction.bind(null, i.id)}
                          submitLabel="Revoke"
                          submitClassName="secondary danger"
                          confirm={{
                            title: `Revoke the invitation to ${i.email}?`,
                            body: "The link will stop working.",
                            action: "Revoke",
                          }}
                        >
                          {null}
                        </ActionForm>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming sessions</h2>
        <SessionList sessions={sessions.upcoming} zone={zone} empty="No sessions scheduled." />
      </section>
      <section className="card" aria-labelledby="past-heading">
        <h2 id="past-heading">Past sessions</h2>
        <SessionList sessions={sessions.past} zone={zone} empty="No past sessions yet." />
      </section>
      {notes ? <FamilyNotes familyId={family.id} items={notes} zone={zone} /> : null}
      {family.isCounselor ? <FamilyExercises user={user} familyId={family.id} members={family.members} /> : null}
      {family.isCounselor ? (
        <section className="card" aria-labelledby="archive-heading">
          <h2 id="archive-heading">Close the case</h2>
          <p className="hint">
            Archiving hides the family from every list and makes it read-only. Nothing is deleted: notes, transcripts
            and the audit trail stay.
          </p>
          <ActionForm
            action={archiveFamilyAction.bind(null, family.id)}
            submitLabel="Archive this family"
            submitClassName="secondary danger"
            pendingLabel="Archiving…"
            confirm={{
              title: "Archive this family?",
              body: "It leaves your lists and becomes read-only. Nothing is deleted.",
              action: "Archive",
            }}
          >
            {null}
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
