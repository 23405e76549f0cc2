import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField, TextField } from "@/components/form/fields";
import { createFamilyAction } from "../actions";

export const metadata: Metadata = { title: "New family case" };

export default async function NewFamilyPage() {
  const user = await requireCurrentUser();
  if (user.role !== "COUNSELOR") redirect("/");
  return (
    <div className="narrow">
      <div className="card">
        <h1>New family case</h1>
        <ActionForm action={createFamilyAction} submitLabel="Create family case" pendingLabel="Creating…">
          <TextField name="name" label="Family name" placeholder="e.g. Bennett family" autoComplete="off" />
          <TextAreaField name="description" label="Private notes (optional)" hint="Only you can see this." />
        </ActionForm>
      </div>
    </div>
  );
}
