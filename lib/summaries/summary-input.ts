// The family summary form, shared by the server and the counselor's form.
import { z } from "zod";

const part = (label: string) => z.string().trim().max(4000, `Keep “${label}” under 4,000 characters.`);

export const ShareSummaryInput = z
  .object({ workedOn: part("What we worked on"), wentWell: part("What went well"), practice: part("What to practise") })
  .refine((s) => s.workedOn || s.wentWell || s.practice, {
    message: "Write at least one part of the summary.",
    path: ["workedOn"],
  });
