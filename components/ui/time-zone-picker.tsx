"use client";

// A searchable time-zone field: a button showing the chosen zone's friendly name
// opens a popover with a search box (ARIA combobox) over a filtered listbox.
// The form submits the IANA id through a hidden input; labels come from the
// server (lib/validation/time-zones.ts) so server and browser render the same text.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Popover } from "radix-ui";
import { useFieldErrors } from "@/components/form/action-form";
import { filterTimeZones, type TimeZoneChoice } from "@/lib/validation/time-zones";

export function TimeZonePicker(props: {
  name: string;
  label: string;
  options: TimeZoneChoice[];
  hint?: string;
  defaultValue?: string;
  /** Controlled use: the chosen id and a setter. */
  value?: string;
  onChange?: (zone: string) => void;
}) {
  const [own, setOwn] = useState(props.defaultValue ?? "UTC");
  const value = props.value ?? own;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const errors = useFieldErrors(props.name);
  const id = useId();
  const ids = {
    label: `${id}-label`,
    button: `${id}-button`,
    list: `${id}-list`,
    hint: `${id}-hint`,
    error: `${id}-error`,
    option: (i: number) => `${id}-option-${i}`,
  };
  const matches = useMemo(() => filterTimeZones(props.options, query), [props.options, query]);
  const chosen = props.options.find((o) => o.value === value);

  function openWith(nextOpen: boolean) {
    setOpen(nextOpen);
    if (nextOpen) {
      setQuery("");
      setActive(
        Math.max(
          0,
          props.options.findIndex((o) => o.value === value),
        ),
      );
    }
  }

  function choose(zone: string) {
    if (props.value === undefined) setOwn(zone);
    props.onChange?.(zone);
    setOpen(false);
  }

  // Keep the active option in view by scrolling the list only (scrollIntoView would
  // also scroll the page); on opening, after the popover has been laid out.
  const activeId = ids.option(active);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!open) return;
    const reveal = () => {
      const list = listRef.current;
      const option = document.getElementById(activeId);
      if (!list || !option) return;
      if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
      else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight)
        list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
    };
    // The popover takes its final width a frame or two after opening, which
    // re-wraps the labels and moves the option: reveal it again when that happens.
    const frame = requestAnimationFrame(reveal);
    const resized = new ResizeObserver(reveal);
    if (listRef.current) resized.observe(listRef.current);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
    };
  }, [open, activeId]);

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      PageDown: Math.min(active + 10, last),
      PageUp: Math.max(active - 10, 0),
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === "Enter") {
      // Enter chooses; it must never submit the form around the field.
      event.preventDefault();
      if (matches[active]) choose(matches[active].value);
    }
  }

  const describedBy = errors ? ids.error : props.hint ? ids.hint : undefined;
  return (
    <div className="field">
      <label id={ids.label} htmlFor={ids.button}>
        {props.label}
      </label>
      <Popover.Root open={open} onOpenChange={openWith}>
        <Popover.Trigger
          id={ids.button}
          type="button"
          className="picker-trigger"
          aria-labelledby={`${ids.label} ${ids.button}`}
          aria-describedby={describedBy}
          aria-invalid={errors ? true : undefined}
          data-value={value}
          data-testid={`${props.name}-picker`}
        >
          <span className="picker-value">{chosen?.label ?? value}</span>
          <span className="picker-chevron" aria-hidden="true">
            ▾
          </span>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            className="picker"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            aria-label={props.label}
          >
            <input
              className="picker-search"
              role="combobox"
              aria-label={`Search ${props.label.toLowerCase()}`}
              aria-expanded="true"
              aria-controls={ids.list}
              aria-autocomplete="list"
              aria-activedescendant={matches[active] ? ids.option(active) : undefined}
              placeholder="Type a city, country or zone"
              value={query}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
            <ul
              ref={listRef}
              className="picker-list"
              role="listbox"
              id={ids.list}
              aria-label={props.label}
              tabIndex={-1}
            >
              {matches.map((option, i) => (
                <li
                  key={option.value}
                  id={ids.option(i)}
                  role="option"
                  aria-selected={option.value === value}
                  data-active={i === active ? "" : undefined}
                  onMouseMove={() => setActive(i)}
                  // Keep focus in the search box so the combobox keeps working.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option.value)}
                >
                  {option.label}
                </li>
              ))}
            </ul>
            <p className="picker-count hint" role="status">
              {matches.length === 0
                ? "No time zone matches. Try a city near you."
                : `${matches.length} time zone${matches.length === 1 ? "" : "s"}`}
            </p>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <input type="hidden" name={props.name} value={value} />
      {props.hint && !errors ? (
        <p className="hint" id={ids.hint}>
          {props.hint}
        </p>
      ) : null}
      {errors ? (
        <p className="field-error" id={ids.error} data-testid={`${props.name}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
