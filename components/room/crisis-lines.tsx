// The crisis lines as a member sees them: numbers, addresses and email addresses
// become links (tel:, https:, mailto:); everything else stays words. Shared by the
// crisis card in the room and the counselor's preview in Settings.
import { crisisLinks } from "@/lib/room/crisis-resources";

export function CrisisLines(props: { resources: string; testId?: string }) {
  return (
    <p className="crisis-lines" data-testid={props.testId ?? "crisis-lines"}>
      {crisisLinks(props.resources).map((segment, i) =>
        segment.href ? (
          <a
            key={i}
            href={segment.href}
            {...(segment.href.startsWith("http") ? { target: "_blank", rel: "noreferrer" } : {})}
          >
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
