"use client";

// A form that calls a server action without resetting what the person typed,
// shows errors next to their fields, and goes where the action says on success.
import { createContext, useContext, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/http/action-result";
import type { FieldErrors } from "@/lib/errors";
import { ConfirmDialog, type ConfirmText } from "@/components/ui/confirm-dialog";

const ErrorsContext = createContext<FieldErrors>({});

export function useFieldErrors(name: string): string[] | undefined {
  return useContext(ErrorsContext)[name];
}

export function ActionForm(props: {
  action: (form: FormData) => Promise<ActionResult>;
  submitLabel: string;
  pendingLabel?: string;
  children: React.ReactNode;
  className?: string;
  submitClassName?: string;
  /** The button's name for screen readers when its label alone is ambiguous in a list ("Remove Sam Bennett"). */
  submitAriaLabel?: string;
  /** Clear the inputs after success (for forms that stay on the page). */
  resetOnSuccess?: boolean;
  testId?: string;
  /** Ask (in an alert dialog) before doing something that cannot be undone: a question, or the dialog's full text. */
  confirm?: string | ConfirmText;
  /** Runs after success instead of following redirectTo / refreshing. */
  onSuccess?: (form: FormData, result: ActionResult) => Promise<void> | void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [asking, setAsking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const confirmText: ConfirmText | null = !props.confirm
    ? null
    : typeof props.confirm === "string"
      ? { title: props.confirm, action: props.submitLabel }
      : props.confirm;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirmText) setAsking(true);
    else submit(event.currentTarget);
  }

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    startTransition(async () => {
      const outcome = await props.action(data);
      setResult(outcome);
      if (!outcome.ok) return;
      if (props.onSuccess) return props.onSuccess(data, outcome);
      if (props.resetOnSuccess) form.reset();
      if (outcome.redirectTo) router.push(outcome.redirectTo);
      else router.refresh();
    });
  }

  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const showFormError = result && !result.ok && Object.keys(fieldErrors).length === 0;
  return (
    <ErrorsContext.Provider value={fieldErrors}>
      <form ref={formRef} onSubmit={onSubmit} noValidate className={props.className} data-testid={props.testId}>
        {showFormError ? (
          <p className="alert error" role="alert" data-testid="form-error">
            {result.message}
          </p>
        ) : null}
        {result?.ok && result.message ? (
          <p className="alert info" role="status">
            {result.message}
          </p>
        ) : null}
        {props.children}
        <button
          ref={submitRef}
          type="submit"
          className={props.submitClassName}
          disabled={pending}
          aria-label={pending ? undefined : props.submitAriaLabel}
        >
          {pending ? (props.pendingLabel ?? "Saving…") : props.submitLabel}
        </button>
        {confirmText ? (
          <ConfirmDialog
            open={asking}
            onOpenChange={setAsking}
            text={confirmText}
            tone={props.submitClassName?.split(" ").includes("danger") ? "danger" : "primary"}
            returnFocus={submitRef}
            onConfirm={() => {
              if (formRef.current) submit(formRef.current);
            }}
          />
        ) : null}
      </form>
    </ErrorsContext.Provider>
  );
}
