"use client";

// One confirmation for everything that cannot be undone (cancel a session, remove
// a member, archive): an accessible alert dialog instead of window.confirm, with
// the safe choice focused first and the destructive one in red.
import { useRef, useState } from "react";
import { AlertDialog } from "radix-ui";

export type ConfirmText = { title: string; body?: string; action: string; cancel?: string };

export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  text: ConfirmText;
  onConfirm: () => void;
  tone?: "danger" | "primary";
  /** Where focus goes when the dialog closes (it has no trigger of its own to return to). */
  returnFocus?: React.RefObject<HTMLElement | null>;
}) {
  const { text } = props;
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog"
          data-testid="confirm-dialog"
          onCloseAutoFocus={(event) => {
            if (!props.returnFocus?.current) return;
            event.preventDefault();
            props.returnFocus.current.focus();
          }}
        >
          <AlertDialog.Title className="dialog-title">{text.title}</AlertDialog.Title>
          {text.body ? (
            <AlertDialog.Description className="dialog-body">{text.body}</AlertDialog.Description>
          ) : (
            <AlertDialog.Description className="visually-hidden">Confirm or go back.</AlertDialog.Description>
          )}
          <div className="dialog-actions">
            <AlertDialog.Cancel className="secondary">{text.cancel ?? "Go back"}</AlertDialog.Cancel>
            <AlertDialog.Action className={props.tone === "primary" ? undefined : "danger"} onClick={props.onConfirm}>
              {text.action}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/** A button that asks first, then runs `onConfirm`. */
export function ConfirmButton(props: {
  label: string;
  text: ConfirmText;
  onConfirm: () => void;
  className?: string;
  disabled?: boolean;
  tone?: "danger" | "primary";
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={props.className ?? (props.tone === "primary" ? undefined : "danger")}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        text={props.text}
        onConfirm={props.onConfirm}
        tone={props.tone}
        returnFocus={button}
      />
    </>
  );
}
