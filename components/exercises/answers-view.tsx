// Answers shown read-only, prompt by prompt, in the exercise's own order.
import type { Answers, Prompt } from "@/lib/exercises/definition";

export function AnswersView({ prompts, answers }: { prompts: Prompt[]; answers: Answers }) {
  return (
    <dl className="answers">
      {prompts.map((prompt) => {
        const answer = answers[prompt.id];
        return (
          <div key={prompt.id}>
            <dt>{prompt.label}</dt>
            <dd>
              {answer === undefined ? (
                <span className="muted">No answer</span>
              ) : Array.isArray(answer) ? (
                <ul>
                  {answer.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              ) : prompt.type === "SCALE" ? (
                <strong>
                  {answer} <span className="muted">of {prompt.max}</span>
                </strong>
              ) : (
                <span style={{ whiteSpace: "pre-wrap" }}>{String(answer)}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
