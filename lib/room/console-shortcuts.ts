// The counselor's single-key shortcuts for the first held message. A key only
// counts when the counselor is not typing and no modifier is held, so writing
// "Approve" in a coaching note never approves anything.
export type ShortcutCommand = "APPROVE" | "RETURN" | "REJECT";

export const SHORTCUT_KEYS: Record<ShortcutCommand, string> = { APPROVE: "A", RETURN: "R", REJECT: "X" };

export type KeyPress = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The event's target is a text field, a select, an editable region or inside an open dialog. */
  typing: boolean;
  /** A held message is waiting. */
  hasHeld: boolean;
};

export function shortcutFor(press: KeyPress): ShortcutCommand | null {
  if (press.typing || !press.hasHeld || press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key.toLowerCase()) {
    case "a":
      return "APPROVE";
    case "r":
      return "RETURN";
    case "x":
      return "REJECT";
    default:
      return null;
  }
}

/** Whether a key event's target is somewhere the counselor is writing (or a dialog has focus). */
export function isTypingTarget(
  target: { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null,
): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) return true;
  return !!target.closest?.('[role="dialog"], [role="alertdialog"]');
}
