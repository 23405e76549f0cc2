// Reading an exercise version row: its prompts column parsed with the one
// schema the writers used, so the rest of the code never handles raw JSON.
import { PromptsSchema, type ExerciseContent, type Prompt, type Strategy } from "./definition";

export type VersionRow = {
  id: string;
  exerciseId: string;
  version: number;
  title: string;
  strategy: Strategy;
  instructions: string;
  minutes: number;
  prompts: unknown;
};
export type ExerciseVersionView = Omit<VersionRow, "prompts"> & { prompts: Prompt[] };

export const versionSelect = {
  id: true,
  exerciseId: true,
  version: true,
  title: true,
  strategy: true,
  instructions: true,
  minutes: true,
  prompts: true,
} as const;

export function readVersion(row: VersionRow): ExerciseVersionView {
  return { ...row, prompts: PromptsSchema.parse(row.prompts) };
}

export function sameContent(row: VersionRow, content: ExerciseContent): boolean {
  return (
    row.title === content.title &&
    row.strategy === content.strategy &&
    row.instructions === content.instructions &&
    row.minutes === content.minutes &&
    JSON.stringify(PromptsSchema.parse(row.prompts)) === JSON.stringify(content.prompts)
  );
}
